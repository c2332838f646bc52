package io.batterylab.rest.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.core.training.TrainingJobSpec;
import io.batterylab.core.training.TrainingRun;
import io.batterylab.jobs.JobSpecReader;
import io.batterylab.rest.TrainingServices;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Json;
import io.batterylab.rest.http.Param;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.resources.TrainingDto.EpochPage;
import io.batterylab.rest.resources.TrainingDto.EpochView;
import io.batterylab.rest.resources.TrainingDto.LogLineView;
import io.batterylab.rest.resources.TrainingDto.LogPage;
import io.batterylab.rest.resources.TrainingDto.RunView;
import io.batterylab.rest.resources.TrainingDto.TrainingJobList;
import io.batterylab.rest.resources.TrainingDto.TrainingJobView;
import io.batterylab.rest.resources.TrainingDto.TrainingSpecForm;
import java.util.List;

/**
 * The caller's training jobs: submitted from the spec {@code batterylab-train} reads (as JSON), watched, canceled and
 * deleted; each run's per-epoch metrics and log are read in pages. Another user's job or run is a 404.
 */
public final class TrainingJobResource implements ApiResource {
    private static final String JOB = "/api/training-jobs/{id}";

    private final BatteryService batteries;
    private final TrainingServices training;
    private final Json json;

    public TrainingJobResource(BatteryService batteries, TrainingServices training, Json json) {
        this.batteries = batteries;
        this.training = training;
        this.json = json;
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("POST", "/api/training-jobs", "createTrainingJob").tag("training")
                .summary("Submit a training job: the spec of batterylab-train as JSON (cells by id or name, 1-3 runs)")
                .body(TrainingSpecForm.class)
                .returns(201, "The queued job", TrainingJobView.class)
                .error(400, "The spec is malformed; the message names the field").error(413, "The spec is too large")
                .error(415, "Not application/json").error(503, "Training is not installed on this server")
                .handle(this::create);
        routes.route("GET", "/api/training-jobs", "listTrainingJobs").tag("training")
                .summary("The caller's training jobs with their runs, newest first")
                .returns(200, "The jobs", TrainingJobList.class).error(503, "Training is not installed on this server")
                .handle(call -> Reply.ok(new TrainingJobList(jobs().list(call.userId()).stream()
                        .map(j -> view(j, null)).toList())));
        routes.route("GET", JOB, "getTrainingJob").tag("training")
                .summary("One training job: status, runs and each run's latest epoch metrics")
                .param(Param.path("id", "training job id"))
                .returns(200, "The job", TrainingJobView.class).error(404, "No such training job for this user")
                .handle(call -> Reply.ok(view(find(call), call.userId())));
        routes.route("POST", JOB + "/cancel", "cancelTrainingJob").tag("training")
                .summary("Ask the job to stop: a pending job is canceled at once, a running run within one batch")
                .param(Param.path("id", "training job id"))
                .returns(200, "The job after the request", TrainingJobView.class)
                .error(404, "No such training job for this user").error(409, "The job has already finished")
                .handle(this::cancel);
        routes.route("DELETE", JOB, "deleteTrainingJob").tag("training")
                .summary("Delete a finished job with its runs, metrics and log; its model versions stay")
                .param(Param.path("id", "training job id")).returns(204, "Deleted", null)
                .error(404, "No such training job for this user").error(409, "The job has not finished; cancel it first")
                .handle(this::delete);
        Pages.describe(routes.route("GET", JOB + "/runs/{runId}/epochs", "getTrainingRunEpochs").tag("training")
                .summary("A page of a run's per-epoch metrics in epoch order").param(Param.path("id", "training job id"))
                .param(Param.path("runId", "run id")), "epochs")
                .returns(200, "The epochs", EpochPage.class).error(400, "Invalid parameter")
                .error(404, "No such job or run for this user")
                .handle(this::epochs);
        Pages.describe(routes.route("GET", JOB + "/runs/{runId}/log", "getTrainingRunLog").tag("training")
                .summary("A page of a run's log lines in order").param(Param.path("id", "training job id"))
                .param(Param.path("runId", "run id")), "lines")
                .returns(200, "The log lines", LogPage.class).error(400, "Invalid parameter")
                .error(404, "No such job or run for this user")
                .handle(this::log);
    }

    private Reply create(Call call) throws Exception {
        TrainingJobService jobs = jobs();
        ObjectNode spec = json.mapper().valueToTree(call.body(TrainingSpecForm.class));
        TrainingJobSpec parsed = new JobSpecReader(batteries, training.algorithms())
                .read(call.userId(), withoutNulls(spec).toString());
        TrainingJob job = jobs.submit(call.userId(), parsed);
        return Reply.created(view(job, null), "/api/training-jobs/" + job.id());
    }

    private Reply cancel(Call call) {
        TrainingJob job = find(call);
        if (job.status().isFinal() || !jobs().cancel(call.userId(), job.id())) {
            throw new ApiException(409, "job_finished", "training job " + job.id() + " has already finished");
        }
        return Reply.ok(view(find(call), call.userId()));
    }

    private Reply delete(Call call) {
        TrainingJob job = find(call);
        if (!job.status().isFinal() || !jobs().delete(call.userId(), job.id())) {
            throw new ApiException(409, "job_not_finished", "training job " + job.id()
                    + " has not finished; cancel it and delete it once it is canceled");
        }
        return Reply.noContent();
    }

    private Reply epochs(Call call) {
        TrainingRun run = run(call);
        Pages page = Pages.of(call);
        List<EpochMetrics> all = jobs().epochs(call.userId(), run.id());
        return Reply.ok(new EpochPage(run.id(), page.offset(), page.limit(), all.size(),
                page.slice(all).stream().map(EpochView::of).toList()));
    }

    private Reply log(Call call) {
        TrainingRun run = run(call);
        Pages page = Pages.of(call);
        var all = jobs().log(call.userId(), run.id());
        return Reply.ok(new LogPage(run.id(), page.offset(), page.limit(), all.size(),
                page.slice(all).stream().map(LogLineView::of).toList()));
    }

    /** @param latestOf the user whose runs' latest epochs to read; null to leave them out (lists) */
    private TrainingJobView view(TrainingJob job, Long latestOf) {
        List<RunView> runs = job.runs().stream().map(r -> RunView.of(r, json::tree,
                latestOf == null ? null : latest(latestOf, r.id()))).toList();
        return TrainingJobView.of(job, runs);
    }

    private EpochView latest(long userId, long runId) {
        List<EpochMetrics> epochs = jobs().epochs(userId, runId);
        return epochs.isEmpty() ? null : EpochView.of(epochs.get(epochs.size() - 1));
    }

    private TrainingJob find(Call call) {
        long id = call.pathId("id");
        return jobs().find(call.userId(), id).orElseThrow(() -> ApiException.notFound("training job", id));
    }

    private TrainingRun run(Call call) {
        TrainingJob job = find(call);
        long runId = call.pathId("runId");
        return job.runs().stream().filter(r -> r.id() == runId).findFirst()
                .orElseThrow(() -> ApiException.notFound("run", runId));
    }

    private TrainingJobService jobs() {
        return training.jobs();
    }

    /** The spec reader takes an absent field for "not given"; a JSON null is the same to the caller. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> nulls = object.properties().stream().filter(e -> e.getValue().isNull()).map(e -> e.getKey())
                    .toList();
            object.remove(nulls);
            object.forEach(TrainingJobResource::withoutNulls);
        } else if (node.isArray()) {
            node.forEach(TrainingJobResource::withoutNulls);
        }
        return node;
    }
}
