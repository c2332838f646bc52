package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.jobs.TrainingWorker;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A server that only queues (the workers are other processes): jobs stay pending until canceled. */
class TrainingQueueTest extends TrainingFixture {

    @Override
    TrainingWorker.Settings worker() {
        return null;
    }

    @Test
    void givenPendingJob_whenDeleted_then409UntilCanceledThen204() throws Exception {
        String token = userToken("alice");
        Map<String, Long> cells = uploadTwoCells(token, "cell");
        long jobId = submit(token, ridgeSpec(cells.get("cellA"), cells.get("cellB"), 1));
        String job = "/api/training-jobs/" + jobId;
        assertEquals("pending", json(get(job, token)).get("status").asText());

        assertError(409, "job_not_finished", delete(job, token));
        var canceled = postJson(job + "/cancel", token, "");
        assertEquals(200, canceled.statusCode(), canceled.body());
        JsonNode after = json(canceled);
        assertEquals("canceled", after.get("status").asText());
        assertEquals("canceled", after.get("runs").get(0).get("status").asText());
        assertTrue(after.get("runs").get(0).get("latest").isNull(), "a run that never ran has no epoch");
        assertError(409, "job_finished", postJson(job + "/cancel", token, ""));

        assertEquals(204, delete(job, token).statusCode());
        assertError(404, "not_found", delete(job, token));
        assertError(404, "not_found", postJson(job + "/cancel", token, ""));
    }

    @Test
    void givenPendingJob_whenReadingItsRun_thenEmptyPages() throws Exception {
        String token = userToken("alice");
        Map<String, Long> cells = uploadTwoCells(token, "cell");
        long jobId = submit(token, ridgeSpec(cells.get("cellA"), cells.get("cellB"), 1));
        long runId = json(get("/api/training-jobs/" + jobId, token)).get("runs").get(0).get("id").asLong();

        JsonNode epochs = json(get("/api/training-jobs/" + jobId + "/runs/" + runId + "/epochs", token));

        assertEquals(0, epochs.get("total").asInt());
        assertEquals(0, epochs.get("items").size());
        assertError(404, "not_found", get("/api/training-jobs/" + jobId + "/runs/" + (runId + 1000) + "/epochs", token));
    }
}
