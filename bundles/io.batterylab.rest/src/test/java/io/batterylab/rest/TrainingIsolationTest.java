package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Another user's jobs, runs and model versions do not exist for a caller; a malformed spec is a 400 naming the field. */
class TrainingIsolationTest extends TrainingFixture {

    @Test
    void givenAlicesJobAndModel_whenBobAsks_thenEveryRouteIs404AndNoListShowsThem() throws Exception {
        String alice = userToken("alice");
        String bob = userToken("bob");
        Map<String, Long> cells = uploadTwoCells(alice, "cell");
        long jobId = submit(alice, ridgeSpec(cells.get("cellA"), cells.get("cellB"), 1));
        JsonNode run = awaitStatus(alice, jobId, "succeeded").get("runs").get(0);
        long runId = run.get("id").asLong();
        long versionId = run.get("modelVersionId").asLong();
        String job = "/api/training-jobs/" + jobId;
        String version = "/api/model-versions/" + versionId;

        for (String path : List.of(job, job + "/runs/" + runId + "/epochs", job + "/runs/" + runId + "/log", version,
                version + "/archive")) {
            assertError(404, "not_found", get(path, bob));
        }
        assertError(404, "not_found", postJson(job + "/cancel", bob, ""));
        assertError(404, "not_found", delete(job, bob));
        assertError(404, "not_found", delete(version, bob));
        for (String list : List.of("/api/training-jobs", "/api/model-versions")) {
            String body = get(list, bob).body();
            assertEquals("{\"items\":[]}", body, list);
        }
        // nothing of Alice's was touched by Bob's attempts
        assertEquals("succeeded", json(get(job, alice)).get("status").asText());
        assertEquals(200, get(version + "/archive", alice).statusCode());
    }

    @Test
    void givenAlicesCell_whenBobTrainsOnIt_then400NamingTheFieldAndNothingQueued() throws Exception {
        String alice = userToken("alice");
        String bob = userToken("bob");
        Map<String, Long> cells = uploadTwoCells(alice, "cell");

        HttpResponse<String> r = postJson("/api/training-jobs", bob, ridgeSpec(cells.get("cellA"), cells.get("cellB"), 1));

        assertError(400, "invalid_request", r);
        assertTrue(json(r).get("message").asText().startsWith("cells.train: battery " + cells.get("cellA")), r.body());
        assertEquals("{\"items\":[]}", get("/api/training-jobs", bob).body());
    }

    @Test
    void givenRunOfAnotherJob_whenAskedUnderThisJob_then404() throws Exception {
        String alice = userToken("alice");
        Map<String, Long> cells = uploadTwoCells(alice, "cell");
        long first = submit(alice, ridgeSpec(cells.get("cellA"), cells.get("cellB"), 1));
        long second = submit(alice, ridgeSpec(cells.get("cellB"), cells.get("cellA"), 1));
        long runOfSecond = awaitStatus(alice, second, "succeeded").get("runs").get(0).get("id").asLong();

        assertError(404, "not_found", get("/api/training-jobs/" + first + "/runs/" + runOfSecond + "/log", alice));
    }

    @Test
    void givenMalformedSpecs_whenSubmitted_then400NamingTheFieldAndNothingQueued() throws Exception {
        String token = userToken("alice");
        Map<String, Long> cells = uploadTwoCells(token, "cell");
        long a = cells.get("cellA");
        String run = "{\"algorithm\":\"" + RIDGE + "\",\"features\":[\"ir\"]}";
        Map<String, String> specs = Map.of(
                "'target' is missing", "{\"cells\":{\"train\":[" + a + "]},\"runs\":[" + run + "]}",
                "target must be rul, pcl or both", "{\"target\":\"soh\",\"cells\":{\"train\":[" + a + "]},\"runs\":[" + run + "]}",
                "runs[0].algorithm: 'forest' is not installed", "{\"target\":\"rul\",\"cells\":{\"train\":[" + a
                        + "]},\"runs\":[{\"algorithm\":\"forest\",\"features\":[\"ir\"]}]}",
                "runs[0].features: unknown feature 'voltage'", "{\"target\":\"rul\",\"cells\":{\"train\":[" + a
                        + "]},\"runs\":[{\"algorithm\":\"" + RIDGE + "\",\"features\":[\"voltage\"]}]}",
                "runs[0].settings: Regularisation (lambda) = -1.0 is outside 0 .. 1000000", "{\"target\":\"rul\",\"cells\":"
                        + "{\"train\":[" + a + "]},\"runs\":[{\"algorithm\":\"" + RIDGE
                        + "\",\"features\":[\"ir\"],\"settings\":{\"lambda\":-1}}]}",
                "cells.train: no battery is named 'nope'", "{\"target\":\"rul\",\"cells\":{\"train\":[\"nope\"]},\"runs\":["
                        + run + "]}");
        for (var spec : specs.entrySet()) {
            HttpResponse<String> r = postJson("/api/training-jobs", token, spec.getValue());
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(json(r).get("message").asText().startsWith(spec.getKey()), spec.getKey() + " <> " + r.body());
        }
        HttpResponse<String> unknownSetting = postJson("/api/training-jobs", token, "{\"target\":\"rul\",\"cells\":"
                + "{\"train\":[" + a + "]},\"runs\":[{\"algorithm\":\"" + RIDGE + "\",\"features\":[\"ir\"],"
                + "\"settings\":{\"lamda\":2}}]}");
        assertEquals(400, unknownSetting.statusCode());
        assertTrue(json(unknownSetting).get("message").asText().startsWith("runs[0].settings:"), unknownSetting.body());
        assertTrue(json(unknownSetting).get("message").asText().contains("lamda"), unknownSetting.body());
        assertError(400, "unknown_field", postJson("/api/training-jobs", token, "{\"target\":\"rul\",\"runz\":[]}"));
        assertTrue(json(postJson("/api/training-jobs", token, "{\"target\":\"rul\",\"runz\":[]}")).get("message")
                .asText().startsWith("unknown field 'runz'"));
        HttpResponse<String> wrongType = postJson("/api/training-jobs", token, "{\"target\":\"rul\",\"cells\":{\"train\":["
                + a + "]},\"runs\":[{\"algorithm\":\"" + RIDGE + "\",\"features\":\"ir\"}]}");
        assertError(400, "invalid_type", wrongType);
        assertTrue(json(wrongType).get("message").asText().contains("features"), wrongType.body());
        assertError(400, "malformed_json", postJson("/api/training-jobs", token, "{\"target\":"));
        assertError(400, "missing_body", postJson("/api/training-jobs", token, ""));
        assertEquals(415, send(request("/api/training-jobs", token).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("target: rul")).build()).statusCode());
        assertEquals("{\"items\":[]}", get("/api/training-jobs", token).body());
        assertFalse(get("/api/training-jobs", token).body().contains("id"));
    }
}
