package io.batterylab.rest;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A server without training installed: its routes exist and say why they cannot serve, with 503. */
class TrainingUnavailableTest extends RestFixture {

    @Test
    void givenNoTrainingServices_whenCallingTheirRoutes_then503NamingWhatIsMissing() throws Exception {
        String token = userToken("alice");

        for (String path : List.of("/api/algorithms", "/api/training-jobs", "/api/training-jobs/1",
                "/api/training-jobs/1/runs/2/log", "/api/model-versions", "/api/model-versions/1/archive")) {
            assertError(503, "service_unavailable", get(path, token));
        }
        assertError(503, "service_unavailable", get("/api/plugins", token));
        assertError(503, "service_unavailable", postJson("/api/training-jobs", token,
                "{\"target\":\"rul\",\"cells\":{\"train\":[1]},\"runs\":[]}"));
        assertError(503, "service_unavailable", delete("/api/model-versions/1", token));
    }

    @Test
    void givenNoToken_whenCallingTrainingRoutes_then401NotA503() throws Exception {
        assertError(401, "unauthorized", get("/api/training-jobs", null));
        assertError(401, "unauthorized", get("/api/algorithms", null));
    }
}
