package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/test-jobs} over the real services: a ridge model trained through the API is tested on a cell; results
 * read whole, per battery, in pages and as one battery's series; other users get 404 and see no ids; malformed specs
 * are 400 naming the field.
 */
class TestJobApiTest extends TrainingFixture {

    /** Trains ridge on cellA and returns the model version id. */
    long trainedModel(String token, Map<String, Long> cells) throws Exception {
        long job = submit(token, ridgeSpec(cells.get("cellA"), cells.get("cellB"), 1));
        return awaitStatus(token, job, "succeeded").get("runs").get(0).get("modelVersionId").asLong();
    }

    JsonNode awaitTest(String token, long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode job = json(get("/api/test-jobs/" + id, token));
            if (List.of("succeeded", "failed", "canceled").contains(job.path("status").asText())) {
                return job;
            }
            assertTrue(System.nanoTime() < deadline, "test job " + id + " finished within 30 s: " + job);
            Thread.sleep(100);
        }
    }

    long submitTest(String token, String spec) throws Exception {
        HttpResponse<String> r = postJson("/api/test-jobs", token, spec);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("/api/test-jobs/" + json(r).get("id").asLong(), r.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
        return json(r).get("id").asLong();
    }

    @Test
    void givenJobOfBothTargets_whenTrainedTestedExportedAndImported_thenEveryStepCarriesBothTargets() throws Exception {
        String token = userToken("alice");
        Map<String, Long> cells = uploadTwoCells(token, "cell");
        long b = cells.get("cellB");
        String spec = ridgeSpec(cells.get("cellA"), b, 1).replace("\"target\":\"rul\"", "\"target\":\"both\"");
        JsonNode trained = awaitStatus(token, submit(token, spec), "succeeded");
        assertEquals("both", trained.get("target").asText());
        long model = trained.get("runs").get(0).get("modelVersionId").asLong();

        JsonNode version = json(get("/api/model-versions/" + model, token));
        assertEquals("both", version.get("target").asText());
        assertEquals(List.of("rul", "pcl"), keys(version.get("targets")));
        assertEquals(List.of("rul", "pcl"), fieldNames(version.get("validationByTarget")));
        for (String target : List.of("rul", "pcl", "both")) {
            assertEquals(1, json(get("/api/model-versions?target=" + target, token)).get("items").size(), target);
        }

        JsonNode job = awaitTest(token, submitTest(token, "{\"modelVersionId\":" + model + ",\"cells\":[" + b + "]}"));
        assertEquals("succeeded", job.get("status").asText(), job.toString());
        assertEquals(List.of("rul", "pcl"), keys(job.get("targets")));
        JsonNode metrics = json(get("/api/test-jobs/" + job.get("id").asLong() + "/results", token)).get("metrics");
        assertEquals(List.of("rul", "pcl"), List.of(metrics.get(0).get("target").asText(), metrics.get(1).get("target").asText()));
        assertEquals(100, metrics.get(1).get("metrics").get("count").asInt());
        JsonNode series = json(get("/api/test-jobs/" + job.get("id").asLong() + "/series?battery=" + b, token));
        assertEquals(2, series.get("targets").size());
        JsonNode row = json(get("/api/test-jobs/" + job.get("id").asLong() + "/details?limit=1", token)).get("items").get(0);
        assertTrue(Double.isFinite(row.get("pclPredicted").asDouble()) && Double.isFinite(row.get("rulPredicted").asDouble()),
                row.toString());

        HttpResponse<byte[]> archive = http.send(request("/api/model-versions/" + model + "/archive", token).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> imported = postFile("/api/model-versions/import", token, "model.zip", archive.body());
        assertEquals(201, imported.statusCode(), imported.body());
        assertEquals("both", json(imported).get("target").asText());
        assertEquals(version.get("validationByTarget"), json(imported).get("validationByTarget"));
    }

    private static List<String> keys(JsonNode array) {
        List<String> keys = new java.util.ArrayList<>();
        array.forEach(k -> keys.add(k.asText()));
        return keys;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void givenTrainedModel_whenTestedOnACell_thenResultsOverallPerBatteryPagedAndAsSeriesAgree() throws Exception {
        String token = userToken("alice");
        Map<String, Long> cells = uploadTwoCells(token, "cell");
        long model = trainedModel(token, cells);
        long b = cells.get("cellB");

        long id = submitTest(token, "{\"modelVersionId\":" + model + ",\"cells\":[" + b + "]}");
        JsonNode job = awaitTest(token, id);

        assertEquals("succeeded", job.get("status").asText(), job.toString());
        assertEquals(0, job.get("horizon").asInt());
        assertEquals("rul", job.get("targets").get(0).asText());
        assertEquals(1, job.get("batteriesDone").asInt());
        JsonNode overall = json(get("/api/test-jobs/" + id + "/results", token)).get("metrics").get(0).get("metrics");
        assertEquals(100, overall.get("count").asInt());
        JsonNode perBattery = json(get("/api/test-jobs/" + id + "/batteries", token)).get("items");
        assertEquals(1, perBattery.size());
        assertEquals("cellB", perBattery.get(0).get("battery").asText());
        assertEquals(overall, perBattery.get(0).get("metrics").get(0).get("metrics"));

        JsonNode page = json(get("/api/test-jobs/" + id + "/details?offset=90&limit=20", token));
        assertEquals(100, page.get("total").asLong());
        assertEquals(10, page.get("items").size());
        assertEquals(91, page.get("items").get(0).get("cycle").asInt());
        JsonNode series = json(get("/api/test-jobs/" + id + "/series?battery=" + b, token));
        assertEquals(100, series.get("cycle").size());
        JsonNode rul = series.get("targets").get(0);
        double absolute = 0;
        for (int i = 0; i < 100; i++) {
            absolute += Math.abs(rul.get("predicted").get(i).asDouble() - rul.get("truth").get(i).asDouble());
        }
        assertEquals(overall.get("mae").asDouble(), absolute / 100, 1e-9);
        assertEquals(page.get("items").get(0).get("rulPredicted").asDouble(), rul.get("predicted").get(90).asDouble());

        assertError(404, "not_found", get("/api/test-jobs/" + id + "/series?battery=" + cells.get("cellA"), token));
        assertError(400, "invalid_parameter", get("/api/test-jobs/" + id + "/series", token));
        assertError(409, "job_finished", postJson("/api/test-jobs/" + id + "/cancel", token, ""));
        assertEquals(204, delete("/api/test-jobs/" + id, token).statusCode());
        assertError(404, "not_found", get("/api/test-jobs/" + id, token));
    }

    @Test
    void givenAlicesTestJob_whenBobAsks_thenEveryRouteIs404AndNoListShowsIt() throws Exception {
        String alice = userToken("alice");
        String bob = userToken("bob");
        Map<String, Long> cells = uploadTwoCells(alice, "cell");
        long model = trainedModel(alice, cells);
        long id = submitTest(alice, "{\"modelVersionId\":" + model + ",\"cells\":[" + cells.get("cellB") + "]}");
        awaitTest(alice, id);
        String job = "/api/test-jobs/" + id;

        for (String path : List.of(job, job + "/results", job + "/batteries", job + "/details",
                job + "/series?battery=" + cells.get("cellB"))) {
            assertError(404, "not_found", get(path, bob));
        }
        assertError(404, "not_found", postJson(job + "/cancel", bob, ""));
        assertError(404, "not_found", delete(job, bob));
        assertEquals("{\"items\":[]}", get("/api/test-jobs", bob).body());
        HttpResponse<String> stolen = postJson("/api/test-jobs", bob, "{\"modelVersionId\":" + model + ",\"cells\":["
                + cells.get("cellB") + "]}");
        assertError(400, "invalid_request", stolen);
        assertTrue(json(stolen).get("message").asText().startsWith("modelVersionId: model version " + model), stolen.body());
        assertEquals("{\"items\":[]}", get("/api/test-jobs", bob).body());
        assertEquals(200, get(job, alice).statusCode());
    }

    @Test
    void givenMalformedSpecs_whenSubmitted_then400NamingTheFieldAndNothingQueued() throws Exception {
        String token = userToken("alice");
        Map<String, Long> cells = uploadTwoCells(token, "cell");
        long model = trainedModel(token, cells);
        long b = cells.get("cellB");
        Map<String, String> specs = Map.of(
                "modelVersionId: required", "{\"cells\":[" + b + "]}",
                "cells: select at least one cell", "{\"modelVersionId\":" + model + "}",
                "horizon: must be between 0", "{\"modelVersionId\":" + model + ",\"cells\":[" + b + "],\"horizon\":-1}",
                "horizon: Ridge", "{\"modelVersionId\":" + model + ",\"cells\":[" + b + "],\"horizon\":5}",
                "targets: unknown target 'soh'", "{\"modelVersionId\":" + model + ",\"cells\":[" + b
                        + "],\"targets\":[\"soh\"]}",
                "targets: model version " + model + " predicts rul, not pcl", "{\"modelVersionId\":" + model + ",\"cells\":["
                        + b + "],\"targets\":[\"pcl\"]}",
                "cells: battery 999999 does not exist", "{\"modelVersionId\":" + model + ",\"cells\":[999999]}",
                "uploadId: upload 999999", "{\"modelVersionId\":" + model + ",\"uploadId\":999999}");
        for (Map.Entry<String, String> spec : specs.entrySet()) {
            HttpResponse<String> r = postJson("/api/test-jobs", token, spec.getValue());
            assertError(400, "invalid_request", r);
            assertTrue(json(r).get("message").asText().startsWith(spec.getKey()), spec.getKey() + " vs " + r.body());
        }
        HttpResponse<String> typed = postJson("/api/test-jobs", token, "{\"modelVersionId\":\"x\",\"cells\":[" + b + "]}");
        assertEquals(400, typed.statusCode(), typed.body());
        assertTrue(typed.body().contains("modelVersionId"), typed.body());
        assertEquals("{\"items\":[]}", get("/api/test-jobs", token).body());
    }
}
