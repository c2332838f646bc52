package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.core.service.JobEvent;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** For every resource type, a second user gets 404 on the first user's ids and never sees them in lists. */
class IsolationTest extends RestFixture {
    private String alice;
    private String bob;
    private long aliceUpload;
    private long aliceBattery;

    @BeforeEach
    void aliceUploadsOneBattery() throws Exception {
        alice = userToken("alice");
        bob = userToken("bob");
        HttpResponse<String> uploaded = upload(alice, "alice cells.csv", csv("alice-1", 40));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        aliceUpload = json(uploaded).get("id").asLong();
        aliceBattery = json(get("/api/batteries?upload=" + aliceUpload, alice)).get("items").get(0).get("id").asLong();
    }

    @Test
    void givenAlicesBattery_whenBobAsksForItOrItsData_then404AsForAnIdThatDoesNotExist() throws Exception {
        for (String path : List.of("/api/batteries/" + aliceBattery, "/api/batteries/" + aliceBattery + "/cycles",
                "/api/batteries/" + aliceBattery + "/trend", "/api/analysis/statistics?batteries=" + aliceBattery,
                "/api/analysis/correlations?batteries=" + aliceBattery)) {
            HttpResponse<String> bobs = get(path, bob);
            assertError(404, "not_found", bobs);
            assertEquals(200, get(path, alice).statusCode(), path);
            HttpResponse<String> missing = get(path.replace(Long.toString(aliceBattery), "987654"), bob);
            assertEquals(json(missing).get("message").asText().replace("987654", "X"),
                    json(bobs).get("message").asText().replace(Long.toString(aliceBattery), "X"),
                    "same answer as for a missing id: " + path);
        }
    }

    @Test
    void givenAlicesBatteryAmongBuiltInOnes_whenBobAnalysesTheSet_then404AndNoPartialResult() throws Exception {
        long bobsOwn = json(upload(bob, "bob.csv", csv("bob-1", 30))).get("id").asLong();
        long bobBattery = json(get("/api/batteries?upload=" + bobsOwn, bob)).get("items").get(0).get("id").asLong();

        assertError(404, "not_found", get("/api/analysis/statistics?batteries=" + bobBattery + "," + aliceBattery, bob));
    }

    @Test
    void givenAlicesUpload_whenBobReadsOrDeletesIt_then404AndItSurvives() throws Exception {
        assertError(404, "not_found", get("/api/uploads/" + aliceUpload, bob));
        assertError(404, "not_found", delete("/api/uploads/" + aliceUpload, bob));

        assertEquals(200, get("/api/uploads/" + aliceUpload, alice).statusCode());
        assertEquals(200, get("/api/batteries/" + aliceBattery, alice).statusCode());
    }

    @Test
    void givenAlicesData_whenBobLists_thenNoneOfItAppears() throws Exception {
        JsonNode bobsBatteries = json(get("/api/batteries", bob)).get("items");
        JsonNode bobsUploads = json(get("/api/uploads", bob)).get("items");
        JsonNode filtered = json(get("/api/batteries?upload=" + aliceUpload, bob)).get("items");

        assertEquals(0, bobsUploads.size());
        assertEquals(0, filtered.size());
        bobsBatteries.forEach(b -> assertFalse(b.get("id").asLong() == aliceBattery));
        assertEquals(1, json(get("/api/uploads", alice)).get("items").size());
        assertTrue(json(get("/api/batteries", alice)).get("items").size() >= 1);
    }

    @Test
    void givenAliceDeletesHerUpload_thenItsBatteryIsGoneForHerToo() throws Exception {
        assertEquals(204, delete("/api/uploads/" + aliceUpload, alice).statusCode());

        assertError(404, "not_found", get("/api/uploads/" + aliceUpload, alice));
        assertError(404, "not_found", get("/api/batteries/" + aliceBattery, alice));
        assertError(404, "not_found", delete("/api/uploads/" + aliceUpload, alice));
    }

    @Test
    void givenEventOfAlicesJob_whenBothAreStreaming_thenOnlyAliceReceivesIt() throws Exception {
        try (EventStream aliceStream = new EventStream(http, base, alice);
                EventStream bobStream = new EventStream(http, base, bob)) {
            aliceStream.awaitConnected();
            bobStream.awaitConnected();

            events.publish(userId(alice), new JobEvent(JobEvent.METRICS, 42, 1L, clock.instant(),
                    java.util.Map.of("epoch", 3, "loss", 0.25)));

            JsonNode received = aliceStream.nextEvent("metrics");
            assertEquals(42, received.get("jobId").asLong());
            assertEquals(0.25, received.get("data").get("loss").asDouble());
            assertTrue(bobStream.noEventWithin(1500), "bob hears nothing of alice's job");
        }
    }

    @Test
    void givenServerStoppedAndStartedAgain_whenStreaming_thenEventsFlowAgain() throws Exception {
        server.stop();
        base = "http://127.0.0.1:" + server.start();

        try (EventStream stream = new EventStream(http, base, alice)) {
            stream.awaitConnected();
            events.publish(userId(alice), new JobEvent(JobEvent.LOG, 7, null, clock.instant(),
                    java.util.Map.of("line", "epoch 1 done")));

            assertEquals("epoch 1 done", stream.nextEvent("log").get("data").get("line").asText());
            assertTrue(stream.sawKeepAlive(3000), "idle streams get keep-alive comments");
        }
    }
}
