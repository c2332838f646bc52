package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Algorithms, a real ridge training run and its model version, end to end over HTTP. */
class TrainingApiTest extends TrainingFixture {

    @Test
    void givenRidgeInstalled_whenListingAlgorithms_thenItsSettingsSchemaIsGeneratedFromSetting() throws Exception {
        String token = userToken("alice");

        JsonNode ridge = json(get("/api/algorithms", token)).get("items").get(0);

        assertEquals(RIDGE, ridge.get("id").asText());
        assertEquals("Ridge regression (example plugin)", ridge.get("name").asText());
        assertEquals("1.0.0", ridge.get("version").asText());
        assertEquals("[\"rul\",\"pcl\"]", ridge.get("targets").toString());
        JsonNode schema = ridge.get("settingsSchema");
        assertEquals("object", schema.get("type").asText());
        assertEquals("[\"lambda\"]", schema.get("required").toString());
        assertFalse(schema.get("additionalProperties").asBoolean(true));
        JsonNode lambda = schema.get("properties").get("lambda");
        assertEquals("number", lambda.get("type").asText());
        assertEquals("Regularisation", lambda.get("title").asText());
        assertEquals(0, lambda.get("minimum").asDouble());
        assertEquals(1e6, lambda.get("maximum").asDouble());
        assertEquals(1.0, lambda.get("default").asDouble());
    }

    @Test
    void givenTwoCells_whenTrainingRidge_thenJobSucceedsWithEpochsLogAndModelVersion() throws Exception {
        String token = userToken("alice");
        uploadTwoCells(token, "cell");

        HttpResponse<String> created = postJson("/api/training-jobs", token, ridgeSpec("\"cellA\"", "\"cellB\"", 0.5));
        assertEquals(201, created.statusCode(), created.body());
        long jobId = json(created).get("id").asLong();
        assertEquals("/api/training-jobs/" + jobId, created.headers().firstValue("Location").orElseThrow());
        JsonNode job = awaitStatus(token, jobId, "succeeded");

        JsonNode run = job.get("runs").get(0);
        long runId = run.get("id").asLong();
        assertEquals("succeeded", run.get("status").asText());
        assertEquals(0.5, run.get("settings").get("lambda").asDouble());
        assertEquals("[\"ir\",\"t_avg\"]", run.get("features").toString());
        assertEquals(1, run.get("latest").get("epoch").asInt());
        assertEquals(100, run.get("latest").get("validation").get("count").asInt());
        JsonNode epochs = json(get("/api/training-jobs/" + jobId + "/runs/" + runId + "/epochs", token));
        assertEquals(1, epochs.get("total").asInt());
        assertEquals(run.get("latest"), epochs.get("items").get(0));
        JsonNode log = json(get("/api/training-jobs/" + jobId + "/runs/" + runId + "/log", token));
        assertTrue(log.get("items").toString().contains("ridge fit on 100 rows, lambda 0.5"), log.toString());
        JsonNode listed = json(get("/api/training-jobs", token)).get("items");
        assertEquals(1, listed.size());
        assertTrue(listed.get(0).get("runs").get(0).get("latest").isNull(), "lists leave the latest epoch out");

        long versionId = run.get("modelVersionId").asLong();
        JsonNode version = json(get("/api/model-versions/" + versionId, token));
        assertEquals(runId, version.get("runId").asLong());
        assertEquals(RIDGE, version.get("algorithmId").asText());
        assertEquals("rul", version.get("target").asText());
        assertEquals(0.5, version.get("settings").get("lambda").asDouble());
        assertEquals(100, version.get("validation").get("count").asInt());
        assertEquals(version.get("dataset"), job.get("dataset"));
    }

    @Test
    void givenLog_whenPaging_thenOffsetAndLimitSliceItAndBadValuesAre400() throws Exception {
        String token = userToken("alice");
        Map<String, Long> cells = uploadTwoCells(token, "cell");
        long jobId = submit(token, ridgeSpec(cells.get("cellA"), cells.get("cellB"), 1));
        JsonNode run = awaitStatus(token, jobId, "succeeded").get("runs").get(0);
        String log = "/api/training-jobs/" + jobId + "/runs/" + run.get("id").asLong() + "/log";
        JsonNode all = json(get(log, token));
        int total = all.get("total").asInt();
        assertTrue(total >= 2, "the worker and the algorithm both log: " + all);

        JsonNode second = json(get(log + "?offset=1&limit=1", token));
        JsonNode past = json(get(log + "?offset=" + total, token));

        assertEquals(List.of(all.get("items").get(1)), list(second.get("items")));
        assertEquals(total, second.get("total").asInt());
        assertEquals(0, past.get("items").size());
        assertError(400, "invalid_parameter", get(log + "?limit=0", token));
        assertError(400, "invalid_parameter", get(log + "?offset=-1", token));
        assertError(400, "invalid_parameter", get(log + "?limit=5001", token));
    }

    @Test
    void givenModelVersions_whenFiltering_thenByAlgorithmAndTarget() throws Exception {
        String token = userToken("alice");
        Map<String, Long> cells = uploadTwoCells(token, "cell");
        awaitStatus(token, submit(token, ridgeSpec(cells.get("cellA"), cells.get("cellB"), 1)), "succeeded");

        assertEquals(1, json(get("/api/model-versions", token)).get("items").size());
        assertEquals(1, json(get("/api/model-versions?algorithm=" + RIDGE + "&target=rul", token)).get("items").size());
        assertEquals(0, json(get("/api/model-versions?target=pcl", token)).get("items").size());
        assertEquals(0, json(get("/api/model-versions?algorithm=baseline", token)).get("items").size());
        assertError(400, "invalid_parameter", get("/api/model-versions?target=soh", token));
    }

    @Test
    void givenModelVersion_whenExportedAndImported_thenTheArchiveMakesANewVersionWithoutRun() throws Exception {
        String token = userToken("alice");
        Map<String, Long> cells = uploadTwoCells(token, "cell");
        JsonNode job = awaitStatus(token, submit(token, ridgeSpec(cells.get("cellA"), cells.get("cellB"), 2)), "succeeded");
        long versionId = job.get("runs").get(0).get("modelVersionId").asLong();

        HttpResponse<byte[]> archive = http.send(request("/api/model-versions/" + versionId + "/archive", token).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, archive.statusCode());
        assertEquals("application/zip", archive.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"model-version-" + versionId + "-example.ridge.zip\"",
                archive.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(entries(archive.body()).contains("model-version.json"), entries(archive.body()).toString());

        HttpResponse<String> imported = postFile("/api/model-versions/import", token, "model.zip", archive.body());
        assertEquals(201, imported.statusCode(), imported.body());
        JsonNode copy = json(imported);
        assertTrue(copy.get("id").asLong() != versionId);
        assertTrue(copy.get("runId").isNull(), "an imported model has no run here");
        assertEquals(json(get("/api/model-versions/" + versionId, token)).get("settings"), copy.get("settings"));
        assertEquals(2, json(get("/api/model-versions", token)).get("items").size());
        Path files = home.resolve("data").resolve(Long.toString(userId(token))).resolve("models")
                .resolve(copy.get("id").asText());
        assertTrue(Files.isDirectory(files), "the import's files are stored under its id");
    }

    @Test
    void givenFinishedJob_whenDeleted_thenItIsGoneAndItsModelVersionStaysWithoutRun() throws Exception {
        String token = userToken("alice");
        Map<String, Long> cells = uploadTwoCells(token, "cell");
        long jobId = submit(token, ridgeSpec(cells.get("cellA"), cells.get("cellB"), 1));
        long versionId = awaitStatus(token, jobId, "succeeded").get("runs").get(0).get("modelVersionId").asLong();

        assertError(409, "job_finished", postJson("/api/training-jobs/" + jobId + "/cancel", token, ""));
        assertEquals(204, delete("/api/training-jobs/" + jobId, token).statusCode());

        assertError(404, "not_found", get("/api/training-jobs/" + jobId, token));
        assertEquals(0, json(get("/api/training-jobs", token)).get("items").size());
        assertTrue(json(get("/api/model-versions/" + versionId, token)).get("runId").isNull());
        assertEquals(204, delete("/api/model-versions/" + versionId, token).statusCode());
        assertError(404, "not_found", get("/api/model-versions/" + versionId, token));
        assertFalse(Files.exists(home.resolve("data").resolve(Long.toString(userId(token))).resolve("models")
                .resolve(Long.toString(versionId))), "the model's files are deleted with it");
    }

    @Test
    void givenRealResponses_thenTheirFieldsAreTheDocumentedProperties() throws Exception {
        JsonNode schemas = json(get("/api/openapi.json", null)).get("components").get("schemas");
        String token = userToken("reader");
        Map<String, Long> cells = uploadTwoCells(token, "cell");
        JsonNode job = awaitStatus(token, submit(token, ridgeSpec(cells.get("cellA"), cells.get("cellB"), 1)), "succeeded");
        JsonNode run = job.get("runs").get(0);
        String runPath = "/api/training-jobs/" + job.get("id").asLong() + "/runs/" + run.get("id").asLong();
        JsonNode epochs = json(get(runPath + "/epochs", token));
        JsonNode log = json(get(runPath + "/log", token));

        assertEquals(fields(schemas.get("AlgorithmView")), fields(json(get("/api/algorithms", token)).get("items").get(0)));
        assertEquals(fields(schemas.get("TrainingJobView")), fields(job));
        assertEquals(fields(schemas.get("RunView")), fields(run));
        assertEquals(fields(schemas.get("EpochView")), fields(run.get("latest")));
        assertEquals(fields(schemas.get("MetricsView")), fields(run.get("latest").get("validation")));
        assertEquals(fields(schemas.get("DatasetSelection")), fields(job.get("dataset")));
        assertEquals(fields(schemas.get("EpochPage")), fields(epochs));
        assertEquals(fields(schemas.get("LogPage")), fields(log));
        assertEquals(fields(schemas.get("LogLineView")), fields(log.get("items").get(0)));
        assertEquals(fields(schemas.get("ModelVersionView")),
                fields(json(get("/api/model-versions/" + run.get("modelVersionId").asLong(), token))));
    }

    private static Set<String> fields(JsonNode object) {
        JsonNode properties = object.has("properties") && object.has("type") ? object.get("properties") : object;
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    static Set<String> entries(byte[] zip) throws Exception {
        Set<String> names = new TreeSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
