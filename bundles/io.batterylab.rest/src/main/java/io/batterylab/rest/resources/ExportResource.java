package io.batterylab.rest.resources;

import io.batterylab.core.service.ExportRecord;
import io.batterylab.core.service.ExportService;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Param;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.resources.ExportDto.ExportForm;
import io.batterylab.rest.resources.ExportDto.ExportList;
import io.batterylab.rest.resources.ExportDto.ExportView;
import io.batterylab.rest.resources.ExportDto.ExporterList;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;

/**
 * The caller's exports: a report of one of their items (a training job, a test job) written in a format of the
 * installed exporters, stored, listed, downloaded again and deleted. Another user's export or item is a 404.
 */
public final class ExportResource implements ApiResource {
    private static final String EXPORT = "/api/exports/{id}";

    private final Supplier<ExportService> exports;

    /** @param exports the export service, or null while it is not installed (the routes answer 503) */
    public ExportResource(Supplier<ExportService> exports) {
        this.exports = exports;
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("GET", "/api/exporters", "listExporters").tag("exports")
                .summary("The installed export formats and the kinds of item that can be exported")
                .returns(200, "Formats and source kinds", ExporterList.class)
                .error(503, "Exports are not installed on this server")
                .handle(call -> Reply.ok(new ExporterList(service().formats(), service().sourceKinds())));
        routes.route("POST", "/api/exports", "createExport").tag("exports")
                .summary("Export one of the caller's items (sourceKind, sourceId) in a format (exporter id or "
                        + "extension); an earlier export of the item in that format is replaced")
                .body(ExportForm.class).returns(201, "The stored export", ExportView.class)
                .error(400, "A field is missing, or the format or source kind is not installed; the message names it")
                .error(404, "No such item for this user").error(409, "The item has nothing to export yet")
                .error(415, "Not application/json").error(503, "Exports are not installed on this server")
                .handle(this::create);
        routes.route("GET", "/api/exports", "listExports").tag("exports").summary("The caller's exports, newest first")
                .returns(200, "The exports", ExportList.class).error(503, "Exports are not installed on this server")
                .handle(call -> Reply.ok(new ExportList(service().list(call.userId()).stream().map(ExportView::of)
                        .toList())));
        routes.route("GET", EXPORT, "getExport").tag("exports").summary("One export").param(Param.path("id", "export id"))
                .returns(200, "The export", ExportView.class).error(404, "No such export for this user")
                .handle(call -> Reply.ok(ExportView.of(find(call))));
        routes.route("GET", EXPORT + "/file", "downloadExport").tag("exports")
                .summary("Download the export's file (Content-Disposition: attachment with its file name)")
                .param(Param.path("id", "export id")).produces("application/octet-stream")
                .returns(200, "The file, in the export's media type", null).error(404, "No such export for this user")
                .handle(this::download);
        routes.route("DELETE", EXPORT, "deleteExport").tag("exports").summary("Delete an export and its file")
                .param(Param.path("id", "export id")).returns(204, "Deleted", null)
                .error(404, "No such export for this user")
                .handle(this::delete);
    }

    private Reply create(Call call) throws Exception {
        ExportForm form = call.body(ExportForm.class);
        String kind = required("sourceKind", form == null ? null : form.sourceKind());
        String format = required("format", form.format());
        if (form.sourceId() == null) {
            throw ApiException.badRequest("invalid_request", "field 'sourceId' is required");
        }
        ExportService service = service();
        ExportRecord export;
        try {
            export = service.create(call.userId(), kind, form.sourceId(), format)
                    .orElseThrow(() -> new ApiException(404, "not_found", kind + " " + form.sourceId() + " not found"));
        } catch (IllegalStateException e) {
            throw new ApiException(409, "nothing_to_export", e.getMessage());
        }
        return Reply.created(ExportView.of(export), "/api/exports/" + export.id());
    }

    /** Streamed from the file: an export may be tens of megabytes. */
    private Reply download(Call call) throws Exception {
        ExportRecord export = find(call);
        InputStream in = service().open(call.userId(), export.id())
                .orElseThrow(() -> ApiException.notFound("export", export.id()));
        try (in) {
            var headers = call.response().getHeaders();
            headers.put(HttpHeader.CONTENT_TYPE, export.mediaType());
            headers.put(HttpHeader.CONTENT_DISPOSITION, attachment(export.fileName()));
            headers.put(HttpHeader.CONTENT_LENGTH, export.sizeBytes());
            // an HTML report opened from here instead of saved must not run anything or reach anything
            headers.put("Content-Security-Policy", "sandbox");
            call.response().setStatus(200);
            try (OutputStream out = Content.Sink.asOutputStream(call.response())) {
                in.transferTo(out);
            }
        }
        call.callback().succeeded();
        return Reply.alreadySent();
    }

    private Reply delete(Call call) throws Exception {
        long id = call.pathId("id");
        if (!service().delete(call.userId(), id)) {
            throw ApiException.notFound("export", id);
        }
        return Reply.noContent();
    }

    /**
     * RFC 6266: a plain ASCII {@code filename} for old clients (anything but letters, digits, dot, dash and underscore
     * replaced, so no quote, slash or control character gets through) and the exact name as {@code filename*}.
     */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private ExportRecord find(Call call) {
        long id = call.pathId("id");
        return service().find(call.userId(), id).orElseThrow(() -> ApiException.notFound("export", id));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("invalid_request", "field '" + field + "' is required");
        }
        return value.trim();
    }

    private ExportService service() {
        ExportService service = exports.get();
        if (service == null) {
            throw new ApiException(503, "service_unavailable",
                    "exports are not available on this server: the export service is not installed or not started");
        }
        return service;
    }
}
