package io.batterylab.rest;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A server without the export service: the export routes exist and say why they cannot serve, with 503. */
class ExportsUnavailableTest extends RestFixture {

    @Test
    void givenNoExportService_whenCallingItsRoutes_then503NamingWhatIsMissing() throws Exception {
        String token = userToken("alice");

        for (String path : List.of("/api/exporters", "/api/exports", "/api/exports/1", "/api/exports/1/file")) {
            assertError(503, "service_unavailable", get(path, token));
        }
        assertError(503, "service_unavailable", postJson("/api/exports", token,
                "{\"sourceKind\":\"training-job\",\"sourceId\":1,\"format\":\"csv\"}"));
        assertError(503, "service_unavailable", delete("/api/exports/1", token));
    }
}
