package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.core.plugin.Exporter;
import io.batterylab.core.plugin.ExporterRegistry;
import io.batterylab.core.plugin.Report;
import io.batterylab.core.service.ExportService;
import io.batterylab.core.service.ReportSource;
import io.batterylab.export.DefaultExportService;
import io.batterylab.export.csv.CsvExporter;
import io.batterylab.export.html.HtmlExporter;
import io.batterylab.export.xlsx.XlsxExporter;
import io.batterylab.jobs.report.TrainingJobReportSource;
import io.batterylab.registry.DynamicRegistry;
import io.batterylab.storage.JdbcExportStore;
import io.batterylab.test.support.DetailReports;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The export routes over the real export service, the shipped exporters and two report sources: the real training
 * jobs (ridge runs trained here) and one made in this test whose item 7 of the first user has 100,000 detail rows
 * and whose item 13 is still running.
 */
class ExportApiTest extends TrainingFixture {
    private ExportService service;
    private long owner = -1;

    @Override
    Supplier<ExportService> exports() throws Exception {
        if (service == null) {
            Registry formats = new Registry();
            formats.add(new CsvExporter());
            formats.add(new XlsxExporter());
            formats.add(new HtmlExporter());
            TrainingServices training = training();
            List<ReportSource> sources = List.of(new TrainingJobReportSource(training.jobs(), training.versions()),
                    new DetailSource());
            service = new DefaultExportService(new JdbcExportStore(database.dataSource()), database.config(), formats,
                    () -> sources);
        }
        return () -> service;
    }

    @Test
    void givenAFinishedTrainingJob_whenExportedAsXlsxAndHtml_thenBothAreListedDownloadableAndDeletable()
            throws Exception {
        String alice = userToken("alice");
        Map<String, Long> cells = uploadTwoCells(alice, "a");
        long job = submit(alice, ridgeSpec(cells.get("aA"), cells.get("aB"), 0.1));
        awaitStatus(alice, job, "succeeded");

        JsonNode exporters = json(get("/api/exporters", alice));
        assertEquals(List.of("csv", "html", "xlsx"), ids(exporters.get("items")));
        assertEquals("[\"detail-report\",\"training-job\"]", exporters.get("sourceKinds").toString());

        HttpResponse<String> created = postJson("/api/exports", alice, form("training-job", job, "xlsx"));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode xlsx = json(created);
        assertEquals("/api/exports/" + xlsx.get("id").asLong(), created.headers().firstValue("Location").orElseThrow());
        assertEquals("training-job-" + job + ".xlsx", xlsx.get("fileName").asText());
        long html = json(postJson("/api/exports", alice, form("training-job", job, "html"))).get("id").asLong();
        assertEquals(List.of(html, xlsx.get("id").asLong()), exportIds(alice));

        HttpResponse<byte[]> file = download(alice, xlsx.get("id").asLong());
        assertEquals(200, file.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"training-job-" + job + ".xlsx\"; filename*=UTF-8''training-job-" + job
                + ".xlsx", file.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(xlsx.get("sizeBytes").asLong(), file.body().length);
        String workbook = zipEntry(file.body(), "xl/workbook.xml");
        assertTrue(workbook.contains("name=\"runs × metrics\"") && workbook.contains("name=\"epochs\""), workbook);
        String page = new String(download(alice, html).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("<svg") && page.contains("Training loss per epoch"), "the HTML report with charts");

        assertEquals(204, delete("/api/exports/" + html, alice).statusCode());
        assertError(404, "not_found", get("/api/exports/" + html, alice));
        assertEquals(404, download(alice, html).statusCode());
        assertEquals(List.of(xlsx.get("id").asLong()), exportIds(alice));
        assertFalse(Files.exists(home.resolve("data").resolve(Long.toString(userId(alice))).resolve("exports")
                .resolve("training-job").resolve(Long.toString(job)).resolve("result.html")));
    }

    @Test
    void givenAlicesExport_whenBobAsks_thenEveryRouteIs404AndHisListIsEmpty() throws Exception {
        String alice = userToken("alice");
        owner = userId(alice);
        String bob = userToken("bob");
        long export = json(postJson("/api/exports", alice, form("detail-report", 7, "csv"))).get("id").asLong();

        assertError(404, "not_found", get("/api/exports/" + export, bob));
        assertEquals(404, download(bob, export).statusCode());
        assertError(404, "not_found", delete("/api/exports/" + export, bob));
        assertEquals(List.of(), exportIds(bob));
        assertError(404, "not_found", postJson("/api/exports", bob, form("detail-report", 7, "csv")));
        assertEquals(List.of(export), exportIds(alice), "alice's export is untouched");
        assertFalse(Files.exists(home.resolve("data").resolve(Long.toString(userId(bob))).resolve("exports")));
    }

    @Test
    void givenAHundredThousandDetailRows_whenExportedAsCsvAndDownloaded_thenTheWholeFileArrives() throws Exception {
        String alice = userToken("alice");
        owner = userId(alice);
        JsonNode export = json(postJson("/api/exports", alice, form("detail-report", 7, "csv")));

        HttpResponse<byte[]> file = download(alice, export.get("id").asLong());

        assertEquals(export.get("sizeBytes").asLong(), file.body().length);
        assertEquals(Long.toString(file.body().length), file.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("application/zip", file.headers().firstValue("Content-Type").orElseThrow());
        Path stored = home.resolve("data").resolve(Long.toString(owner)).resolve("exports").resolve("detail-report")
                .resolve("7").resolve("result.csv.zip");
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(stored), file.body()));
    }

    @Test
    void givenBadRequests_whenCreatingAnExport_thenEachIsRefusedNamingWhatIsWrongAndNothingIsStored() throws Exception {
        String alice = userToken("alice");
        owner = userId(alice);

        assertMessage(400, "field 'format' is required", postJson("/api/exports", alice,
                "{\"sourceKind\":\"detail-report\",\"sourceId\":7}"));
        assertMessage(400, "field 'sourceKind' is required", postJson("/api/exports", alice,
                "{\"sourceId\":7,\"format\":\"csv\"}"));
        assertMessage(400, "field 'sourceId' is required", postJson("/api/exports", alice,
                "{\"sourceKind\":\"detail-report\",\"format\":\"csv\"}"));
        assertMessage(400, "unknown export format 'pdf'; installed: csv, html, xlsx", postJson("/api/exports", alice,
                form("detail-report", 7, "pdf")));
        assertMessage(400, "unknown source kind 'battery'; installed: detail-report, training-job",
                postJson("/api/exports", alice, form("battery", 7, "csv")));
        assertMessage(409, "detail report 13 is still running", postJson("/api/exports", alice,
                form("detail-report", 13, "html")));
        assertEquals(400, postJson("/api/exports", alice, "{\"sourceKind\":\"detail-report\",\"sourceId\":\"x\","
                + "\"format\":\"csv\"}").statusCode());
        assertEquals(415, send(request("/api/exports", alice).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("csv")).build()).statusCode());
        assertError(401, "unauthorized", get("/api/exports", null));
        assertEquals(List.of(), exportIds(alice));
        assertFalse(Files.exists(home.resolve("data").resolve(Long.toString(owner)).resolve("exports")));
    }

    @Test
    void givenTheApiDocument_whenRead_thenTheExportRoutesAreDescribed() throws Exception {
        JsonNode paths = json(get("/api/openapi.json", null)).get("paths");
        for (String path : List.of("/api/exporters", "/api/exports", "/api/exports/{id}", "/api/exports/{id}/file")) {
            assertTrue(paths.has(path), path);
        }
        assertTrue(paths.get("/api/exports").has("post"));
        assertTrue(paths.get("/api/exports/{id}").has("delete"));
    }

    /** An XLSX file is a zip of XML parts: the text of one of them. */
    private static String zipEntry(byte[] zip, String name) throws java.io.IOException {
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the file");
    }

    private HttpResponse<byte[]> download(String token, long export) throws Exception {
        return http.send(request("/api/exports/" + export + "/file", token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<Long> exportIds(String token) throws Exception {
        List<Long> ids = new ArrayList<>();
        json(get("/api/exports", token)).get("items").forEach(e -> ids.add(e.get("id").asLong()));
        return ids;
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asText()));
        return ids.stream().sorted().toList();
    }

    private static String form(String kind, long id, String format) {
        return "{\"sourceKind\":\"" + kind + "\",\"sourceId\":" + id + ",\"format\":\"" + format + "\"}";
    }

    private static void assertMessage(int status, String message, HttpResponse<String> response) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(message, json(response).get("message").asText());
    }

    /** Item 7 of the first user is a 100,000-row report; item 13 is still running; nothing else exists. */
    private final class DetailSource implements ReportSource {
        @Override
        public String kind() {
            return "detail-report";
        }

        @Override
        public Optional<Report> report(long userId, long id) {
            if (userId != owner) {
                return Optional.empty();
            }
            if (id == 13) {
                throw new IllegalStateException("detail report 13 is still running");
            }
            return id == 7 ? Optional.of(DetailReports.of(100_000)) : Optional.empty();
        }
    }

    private static final class Registry extends DynamicRegistry<Exporter> implements ExporterRegistry {
        Registry() {
            super("exporter");
        }
    }
}
