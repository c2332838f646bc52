package io.batterylab.rest.resources;

import io.batterylab.core.model.UploadRecord;
import io.batterylab.core.service.UploadService;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Param;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.resources.Dto.UploadForm;
import io.batterylab.rest.resources.Dto.UploadList;
import io.batterylab.rest.resources.Dto.UploadView;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The caller's uploads: a multipart file (CSV, XLSX, .mat, summary CSV) goes through the same upload service as in
 * the workbench, with its validation report; a rejected file is a 422 with the report and leaves nothing behind.
 */
public final class UploadResource implements ApiResource {
    private final UploadService uploads;
    private final long maxUploadBytes;
    private final Path spoolDirectory;

    public UploadResource(UploadService uploads, long maxUploadBytes, Path spoolDirectory) {
        this.uploads = uploads;
        this.maxUploadBytes = maxUploadBytes;
        this.spoolDirectory = spoolDirectory;
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("POST", "/api/uploads", "createUpload").tag("uploads")
                .summary("Upload a data file (form field 'file'): CSV, XLSX, MATLAB .mat or per-cycle summary CSV")
                .multipartBody(UploadForm.class)
                .returns(201, "The accepted upload with its validation report (warnings)", UploadView.class)
                .error(400, "No file part, several file parts, or an unsafe file name")
                .error(408, "The body arrived slower than the minimum rate").error(413, "The file is too large")
                .error(415, "Not multipart/form-data")
                .error(422, "The file was rejected; 'issues' name each row and column")
                .handle(this::upload);
        routes.route("GET", "/api/uploads", "listUploads").tag("uploads").summary("The caller's uploads")
                .returns(200, "The uploads, newest first", UploadList.class)
                .handle(call -> Reply.ok(new UploadList(uploads.list(call.userId()).stream().map(UploadView::of)
                        .toList())));
        routes.route("GET", "/api/uploads/{id}", "getUpload").tag("uploads").summary("One upload")
                .param(Param.path("id", "upload id"))
                .returns(200, "The upload", UploadView.class).error(404, "No such upload for this user")
                .handle(call -> Reply.ok(UploadView.of(find(call))));
        routes.route("DELETE", "/api/uploads/{id}", "deleteUpload").tag("uploads")
                .summary("Delete an upload with its batteries and stored file").param(Param.path("id", "upload id"))
                .returns(204, "Deleted", null).error(404, "No such upload for this user")
                .handle(this::delete);
    }

    private Reply upload(Call call) throws Exception {
        return FileForm.receive(call, maxUploadBytes, spoolDirectory, (name, content) -> {
            UploadRecord record = uploads.upload(call.userId(), name, content);
            return Reply.created(UploadView.of(record), "/api/uploads/" + record.id());
        });
    }

    private Reply delete(Call call) throws IOException {
        long id = call.pathId("id");
        if (!uploads.delete(call.userId(), id)) {
            throw ApiException.notFound("upload", id);
        }
        return Reply.noContent();
    }

    private UploadRecord find(Call call) {
        long id = call.pathId("id");
        return uploads.find(call.userId(), id).orElseThrow(() -> ApiException.notFound("upload", id));
    }
}
