package io.batterylab.rest.resources;

import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.rest.TrainingServices;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Json;
import io.batterylab.rest.http.Param;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.resources.TrainingDto.ArchiveForm;
import io.batterylab.rest.resources.TrainingDto.ModelVersionList;
import io.batterylab.rest.resources.TrainingDto.ModelVersionView;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The caller's model versions: listed (by algorithm and target), read with their full settings, metrics and cells,
 * deleted, exported as one zip archive and imported from one. An archive refused for its content (a bomb, an entry
 * that leaves its directory, no metadata) is a 422 and leaves nothing behind.
 */
public final class ModelVersionResource implements ApiResource {
    private static final String VERSION = "/api/model-versions/{id}";

    private final TrainingServices training;
    private final Json json;
    private final long maxArchiveBytes;
    private final Path spoolDirectory;

    public ModelVersionResource(TrainingServices training, Json json, long maxArchiveBytes, Path spoolDirectory) {
        this.training = training;
        this.json = json;
        this.maxArchiveBytes = maxArchiveBytes;
        this.spoolDirectory = spoolDirectory;
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("GET", "/api/model-versions", "listModelVersions").tag("model versions")
                .summary("The caller's model versions, newest first")
                .param(Param.query("algorithm", "string", "only those of this algorithm id"))
                .param(Param.query("target", "string", "rul or pcl: only those predicting it (also those of both targets);"
                        + " both: only those predicting both"))
                .returns(200, "The model versions", ModelVersionList.class).error(400, "Invalid parameter")
                .error(503, "Training is not installed on this server")
                .handle(this::list);
        routes.route("GET", VERSION, "getModelVersion").tag("model versions")
                .summary("One model version: algorithm, full settings, features, cells, metrics")
                .param(Param.path("id", "model version id"))
                .returns(200, "The model version", ModelVersionView.class)
                .error(404, "No such model version for this user")
                .handle(call -> Reply.ok(view(find(call))));
        routes.route("DELETE", VERSION, "deleteModelVersion").tag("model versions")
                .summary("Delete a model version with its files").param(Param.path("id", "model version id"))
                .returns(204, "Deleted", null).error(404, "No such model version for this user")
                .handle(this::delete);
        routes.route("GET", VERSION + "/archive", "exportModelVersion").tag("model versions")
                .summary("Download the model version as one zip archive (metadata and the model's files)")
                .param(Param.path("id", "model version id")).produces("application/zip")
                .returns(200, "The archive", null).error(404, "No such model version for this user")
                .handle(this::export);
        routes.route("POST", "/api/model-versions/import", "importModelVersion").tag("model versions")
                .summary("Import an archive written by the export (form field 'file') as a new model version")
                .multipartBody(ArchiveForm.class)
                .returns(201, "The imported model version", ModelVersionView.class)
                .error(400, "No file part, several file parts, or an unsafe file name")
                .error(413, "The archive is too large").error(415, "Not multipart/form-data")
                .error(422, "The archive was refused: not a model version, too large unpacked, or an unsafe entry")
                .handle(this::importArchive);
    }

    private Reply list(Call call) {
        Optional<String> algorithm = call.query("algorithm");
        Optional<TargetChoice> target = call.query("target").map(t -> TargetChoice.byKey(t).orElseThrow(
                () -> ApiException.badRequest("invalid_parameter", "parameter 'target' must be rul, pcl or both, got '"
                        + t + "'")));
        return Reply.ok(new ModelVersionList(versions().list(call.userId()).stream()
                .filter(v -> algorithm.isEmpty() || algorithm.get().equals(v.algorithmId()))
                .filter(v -> target.isEmpty() || v.targets().containsAll(target.get().targets()))
                .map(this::view).toList()));
    }

    private Reply delete(Call call) {
        long id = call.pathId("id");
        if (!versions().delete(call.userId(), id)) {
            throw ApiException.notFound("model version", id);
        }
        return Reply.noContent();
    }

    /** The archive is a few MB: built in memory first, so that a failure is still an error answer, not a cut zip. */
    private Reply export(Call call) throws Exception {
        ModelVersion version = find(call);
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        versions().export(call.userId(), version.id(), archive);
        var headers = call.response().getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, "application/zip");
        headers.put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + archiveName(version) + "\"");
        call.response().setStatus(200);
        call.response().write(true, ByteBuffer.wrap(archive.toByteArray()), call.callback());
        return Reply.alreadySent();
    }

    private Reply importArchive(Call call) throws Exception {
        return FileForm.receive(call, maxArchiveBytes, spoolDirectory, (name, content) -> {
            ModelVersion imported = versions().importArchive(call.userId(), content);
            return Reply.created(view(imported), "/api/model-versions/" + imported.id());
        });
    }

    /** {@code model-version-12-example.ridge.zip}: only letters, digits, dot, dash and underscore, whatever the id. */
    static String archiveName(ModelVersion version) {
        String algorithm = version.algorithmId().replaceAll("[^A-Za-z0-9._-]", "_");
        return "model-version-" + version.id() + "-" + algorithm + ".zip";
    }

    private ModelVersionView view(ModelVersion v) {
        return ModelVersionView.of(v, json::tree);
    }

    private ModelVersion find(Call call) {
        long id = call.pathId("id");
        return versions().find(call.userId(), id).orElseThrow(() -> ApiException.notFound("model version", id));
    }

    private ModelVersionService versions() {
        return training.versions();
    }
}
