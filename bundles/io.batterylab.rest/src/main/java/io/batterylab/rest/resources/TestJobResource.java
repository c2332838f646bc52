package io.batterylab.rest.resources;

import io.batterylab.core.model.Target;
import io.batterylab.core.testing.TestDetail;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.testing.TestJobService;
import io.batterylab.core.testing.TestJobSpec;
import io.batterylab.rest.TrainingServices;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Param;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.resources.TestJobDto.BatteryMetricsList;
import io.batterylab.rest.resources.TestJobDto.BatteryMetricsView;
import io.batterylab.rest.resources.TestJobDto.DetailPage;
import io.batterylab.rest.resources.TestJobDto.DetailView;
import io.batterylab.rest.resources.TestJobDto.OverallView;
import io.batterylab.rest.resources.TestJobDto.SeriesView;
import io.batterylab.rest.resources.TestJobDto.TargetMetricsView;
import io.batterylab.rest.resources.TestJobDto.TargetSeries;
import io.batterylab.rest.resources.TestJobDto.TestJobList;
import io.batterylab.rest.resources.TestJobDto.TestJobView;
import io.batterylab.rest.resources.TestJobDto.TestSpecForm;
import java.util.List;

/**
 * The caller's test jobs: a model version evaluated on cells, h cycles ahead; submitted, watched, canceled, deleted,
 * and their results read whole (overall, per battery), in pages (details) or as one battery's curves. Another user's
 * job is a 404.
 */
public final class TestJobResource implements ApiResource {
    private static final String JOB = "/api/test-jobs/{id}";
    /** Rows of one battery's series at most (a cell has a few thousand cycles). */
    static final int MAX_SERIES = 100_000;
    private static final String HORIZON = "For a row at cycle c the model sees only the inputs of cycle c and predicts"
            + " the target at cycle c + h (the horizon); the truth is the target at c + h; rows whose c + h lies beyond"
            + " the battery's last cycle are skipped and counted. h = 0 is plain evaluation; h > 0 is refused for a"
            + " model whose algorithm cannot predict ahead.";

    private final TrainingServices training;

    public TestJobResource(TrainingServices training) {
        this.training = training;
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("POST", "/api/test-jobs", "createTestJob").tag("testing")
                .summary("Submit a test job: one of your model versions on cells and/or an upload. " + HORIZON)
                .body(TestSpecForm.class).returns(201, "The queued job", TestJobView.class)
                .error(400, "The spec is malformed or refused; the message names the field").error(413, "The spec is too large")
                .error(415, "Not application/json").error(503, "Testing is not installed on this server")
                .handle(this::create);
        routes.route("GET", "/api/test-jobs", "listTestJobs").tag("testing")
                .summary("The caller's test jobs, newest first").returns(200, "The jobs", TestJobList.class)
                .error(503, "Testing is not installed on this server")
                .handle(call -> Reply.ok(new TestJobList(jobs().list(call.userId()).stream().map(TestJobView::of).toList())));
        routes.route("GET", JOB, "getTestJob").tag("testing")
                .summary("One test job: status, progress (cells done of total, rows skipped) and overall metrics")
                .param(Param.path("id", "test job id")).returns(200, "The job", TestJobView.class)
                .error(404, "No such test job for this user").handle(call -> Reply.ok(TestJobView.of(find(call))));
        routes.route("POST", JOB + "/cancel", "cancelTestJob").tag("testing")
                .summary("Ask the job to stop: a pending job is canceled at once, a running one after its current cell")
                .param(Param.path("id", "test job id")).returns(200, "The job after the request", TestJobView.class)
                .error(404, "No such test job for this user").error(409, "The job has already finished")
                .handle(this::cancel);
        routes.route("DELETE", JOB, "deleteTestJob").tag("testing")
                .summary("Delete a finished test job with its results").param(Param.path("id", "test job id"))
                .returns(204, "Deleted", null).error(404, "No such test job for this user")
                .error(409, "The job has not finished; cancel it first").handle(this::delete);
        routes.route("GET", JOB + "/results", "getTestJobResults").tag("testing")
                .summary("Overall metrics per target (RMSPE, MSE, RMSE, MAE, R², rows excluded from RMSPE)")
                .param(Param.path("id", "test job id")).returns(200, "The overall results", OverallView.class)
                .error(404, "No such test job for this user").handle(call -> {
                    TestJob job = find(call);
                    return Reply.ok(new OverallView(job.id(), TrainingDto.lower(job.status()), job.rowsSkipped(),
                            TargetMetricsView.of(job.overall())));
                });
        routes.route("GET", JOB + "/batteries", "getTestJobBatteries").tag("testing")
                .summary("Metrics per battery and target, by battery id").param(Param.path("id", "test job id"))
                .returns(200, "The per-battery results", BatteryMetricsList.class)
                .error(404, "No such test job for this user").handle(call -> Reply.ok(new BatteryMetricsList(
                        jobs().perBattery(call.userId(), find(call).id()).stream().map(BatteryMetricsView::of).toList())));
        Pages.describe(routes.route("GET", JOB + "/details", "getTestJobDetails").tag("testing")
                .summary("A page of scored rows (battery, input cycle, cycle, y_true and y_pred per target)")
                .param(Param.path("id", "test job id"))
                .param(Param.query("battery", "integer", "only this battery's rows")), "rows")
                .returns(200, "The rows", DetailPage.class).error(400, "Invalid parameter")
                .error(404, "No such test job for this user").handle(this::details);
        routes.route("GET", JOB + "/series", "getTestJobSeries").tag("testing")
                .summary("One battery's scored rows as arrays for charts: cycles, truth and prediction per target")
                .param(Param.path("id", "test job id")).param(Param.query("battery", "integer", "battery id (required)"))
                .returns(200, "The series", SeriesView.class).error(400, "No or an invalid battery id")
                .error(404, "No such test job, or no rows of this battery in it, for this user").handle(this::series);
    }

    private Reply create(Call call) throws Exception {
        TestJobService jobs = jobs();
        TestSpecForm form = call.body(TestSpecForm.class);
        if (form.modelVersionId() == null) {
            throw new IllegalArgumentException("modelVersionId: required, the id of one of your model versions");
        }
        List<Target> targets = form.targets() == null ? List.of() : form.targets().stream().map(key -> Target.byKey(key)
                .orElseThrow(() -> new IllegalArgumentException("targets: unknown target '" + key + "' (rul or pcl)")))
                .toList();
        TestJob job = jobs.submit(call.userId(), new TestJobSpec(form.name(), form.modelVersionId(), form.cells(),
                form.uploadId(), targets, form.horizon() == null ? 0 : form.horizon()));
        return Reply.created(TestJobView.of(job), "/api/test-jobs/" + job.id());
    }

    private Reply cancel(Call call) {
        TestJob job = find(call);
        if (job.status().isFinal() || !jobs().cancel(call.userId(), job.id())) {
            throw new ApiException(409, "job_finished", "test job " + job.id() + " has already finished");
        }
        return Reply.ok(TestJobView.of(find(call)));
    }

    private Reply delete(Call call) {
        TestJob job = find(call);
        if (!job.status().isFinal() || !jobs().delete(call.userId(), job.id())) {
            throw new ApiException(409, "job_not_finished", "test job " + job.id()
                    + " has not finished; cancel it and delete it once it is canceled");
        }
        return Reply.noContent();
    }

    private Reply details(Call call) {
        TestJob job = find(call);
        Long battery = call.queryId("battery").orElse(null);
        Pages page = Pages.of(call);
        List<DetailView> rows = jobs().details(call.userId(), job.id(), battery, page.offset(), page.limit()).stream()
                .map(DetailView::of).toList();
        return Reply.ok(new DetailPage(job.id(), battery, page.offset(), page.limit(),
                jobs().detailCount(call.userId(), job.id(), battery), rows));
    }

    private Reply series(Call call) {
        TestJob job = find(call);
        long battery = call.queryId("battery").orElseThrow(() -> ApiException.badRequest("invalid_parameter",
                "parameter 'battery' is required: the id of a battery of this test job"));
        List<TestDetail> rows = jobs().details(call.userId(), job.id(), battery, 0, MAX_SERIES);
        if (rows.isEmpty()) {
            throw ApiException.notFound("battery in test job " + job.id(), battery);
        }
        List<TargetSeries> targets = job.targets().stream().map(t -> new TargetSeries(t.key(),
                rows.stream().map(d -> Dto.finite(d.truth(t))).toList(),
                rows.stream().map(d -> Dto.finite(d.predicted(t))).toList())).toList();
        return Reply.ok(new SeriesView(job.id(), battery, rows.stream().map(TestDetail::inputCycle).toList(),
                rows.stream().map(TestDetail::cycle).toList(), targets));
    }

    private TestJob find(Call call) {
        long id = call.pathId("id");
        return jobs().find(call.userId(), id).orElseThrow(() -> ApiException.notFound("test job", id));
    }

    private TestJobService jobs() {
        return training.tests();
    }
}
