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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;

/**
 * The caller's uploads: a multipart file (CSV, XLSX, .mat, summary CSV) goes through the same upload service as in
 * the workbench, with its validation report; a rejected file is a 422 with the report and leaves nothing behind.
 */
public final class UploadResource implements ApiResource {
    private static final int MAX_FILE_NAME = 255;

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
        Files.createDirectories(spoolDirectory);
        MultiPartConfig config = new MultiPartConfig.Builder().location(spoolDirectory).maxParts(4)
                .maxSize(maxUploadBytes + 64 * 1024).maxPartSize(maxUploadBytes).maxMemoryPartSize(1024 * 1024)
                .useFilesForPartsWithoutFileName(false).build();
        try (MultiPartFormData.Parts parts = call.multipart(config)) {
            List<MultiPart.Part> files = parts.getAll("file");
            if (files.size() > 1) {
                throw ApiException.badRequest("several_files", "the form has " + files.size()
                        + " parts named 'file'; send one file per upload");
            }
            MultiPart.Part file = files.isEmpty() ? null : files.get(0);
            if (file == null || file.getFileName() == null) {
                throw ApiException.badRequest("missing_file", "the form needs a file part named 'file'");
            }
            String name = checkFileName(file.getFileName());
            UploadRecord record;
            try (InputStream content = Content.Source.asInputStream(file.createContentSource())) {
                record = uploads.upload(call.userId(), name, content);
            }
            return Reply.created(UploadView.of(record), "/api/uploads/" + record.id());
        }
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

    /**
     * Refuses a name that tries to be a path. The upload service never uses the name as a path anyway (files are
     * stored under ids), but a client that sends one is broken or hostile, and should hear so.
     */
    static String checkFileName(String name) {
        String n = name.strip();
        boolean unsafe = n.isEmpty() || n.length() > MAX_FILE_NAME || n.contains("/") || n.contains("\\")
                || n.contains("..") || n.chars().anyMatch(Character::isISOControl) || n.indexOf(':') >= 0;
        if (unsafe) {
            throw ApiException.badRequest("invalid_file_name",
                    "the file name must be a plain name such as cells.csv, without directories or '..'");
        }
        return n;
    }
}
