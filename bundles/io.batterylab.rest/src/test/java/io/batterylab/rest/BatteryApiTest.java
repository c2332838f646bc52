package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Batteries, cycle pages and analysis over data uploaded through the API, as a script would use them. */
class BatteryApiTest extends RestFixture {
    private String token;
    private long uploadId;
    private List<Long> ids;

    @BeforeEach
    void uploadTwoCells() throws Exception {
        token = userToken("researcher");
        byte[] a = csv("cell-a", 120);
        byte[] b = csv("cell-b", 80);
        byte[] both = new byte[a.length + b.length - "battery_id,cycle,ir,t_avg,charge_time,rul,pcl\n".length()];
        System.arraycopy(a, 0, both, 0, a.length);
        int header = "battery_id,cycle,ir,t_avg,charge_time,rul,pcl\n".length();
        System.arraycopy(b, header, both, a.length, b.length - header);
        HttpResponse<String> uploaded = upload(token, "two cells.csv", both);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        JsonNode upload = json(uploaded);
        uploadId = upload.get("id").asLong();
        assertEquals("two cells.csv", upload.get("originalFileName").asText());
        assertEquals(2, upload.get("batteryCount").asInt());
        assertEquals(200, upload.get("rowCount").asInt());
        assertEquals("/api/uploads/" + uploadId, uploaded.headers().firstValue("Location").orElseThrow());
        ids = new ArrayList<>();
        json(get("/api/batteries?upload=" + uploadId, token)).get("items").forEach(n -> ids.add(n.get("id").asLong()));
    }

    @Test
    void givenUpload_whenListingWithFilters_thenOnlyMatchingBatteriesWithTheirMetadata() throws Exception {
        JsonNode all = json(get("/api/batteries", token)).get("items");
        JsonNode named = json(get("/api/batteries?name=CELL-B", token)).get("items");
        JsonNode uploaded = json(get("/api/batteries?source=upload", token)).get("items");
        JsonNode builtIn = json(get("/api/batteries?source=built_in", token)).get("items");

        assertEquals(2, all.size());
        assertEquals(1, named.size());
        assertEquals("cell-b", named.get(0).get("name").asText());
        assertEquals(80, named.get(0).get("cycleCount").asInt());
        assertEquals("upload", named.get(0).get("source").asText());
        assertEquals(false, named.get(0).get("synthetic").asBoolean());
        assertEquals(2, uploaded.size());
        assertEquals(0, builtIn.size());
    }

    @Test
    void givenBattery_whenPagingCycles_thenRowsInOrderWithMissingFeaturesAsNull() throws Exception {
        long a = ids.get(0);
        JsonNode page = json(get("/api/batteries/" + a + "/cycles?offset=100&limit=50", token));

        assertEquals(120, page.get("total").asInt());
        assertEquals(20, page.get("items").size());
        JsonNode first = page.get("items").get(0);
        assertEquals(101, first.get("cycle").asInt());
        assertEquals(19.0, first.get("rul").asDouble());
        assertTrue(first.get("features").get("ir").isNumber());
        assertTrue(first.get("features").get("dq_slope").isNull(), "missing, never invented: " + first);
        assertEquals(8, first.get("features").size());
        assertEquals(400, get("/api/batteries/" + a + "/cycles?limit=0", token).statusCode());
        assertEquals(400, get("/api/batteries/" + a + "/cycles?limit=5001", token).statusCode());
    }

    @Test
    void givenTwoBatteries_whenAskingStatisticsOfSelectedColumns_thenOnlyThoseOverAllRows() throws Exception {
        JsonNode stats = json(get("/api/analysis/statistics?batteries=" + ids.get(0) + "&batteries=" + ids.get(1)
                + "&columns=ir,rul&bins=10", token));

        JsonNode items = stats.get("items");
        assertEquals(2, items.size());
        assertEquals("ir", items.get(0).get("column").asText());
        assertEquals(200, items.get(0).get("count").asLong());
        assertEquals(10, items.get(0).get("histogram").get("counts").size());
        assertEquals("rul", items.get(1).get("column").asText());
        assertEquals(0.0, items.get(1).get("min").asDouble());
    }

    @Test
    void givenSelection_whenAskingCorrelations_thenOnlySelectedFeaturesAndTargetsInPairsAndMatrix() throws Exception {
        JsonNode c = json(get("/api/analysis/correlations?batteries=" + ids.get(0) + "," + ids.get(1)
                + "&features=ir,t_avg&targets=pcl", token));

        assertEquals(List.of("t_avg", "ir", "pcl"), names(c.get("columns")), "features in their fixed order");
        assertEquals(3, c.get("pearson").size());
        assertEquals(1.0, c.get("pearson").get(0).get(0).asDouble(), 1e-12);
        assertEquals(2, c.get("withTargets").size());
        c.get("withTargets").forEach(p -> assertEquals("pcl", p.get("against").asText()));
        assertTrue(c.get("withTargets").get(0).get("spearman").asDouble() > 0.9, "ir grows with fade: " + c);
    }

    @Test
    void givenBatteryWithKnee_whenAskingTrend_thenFadeRatesKneeAndFittedCurve() throws Exception {
        JsonNode t = json(get("/api/batteries/" + ids.get(0) + "/trend", token));

        assertTrue(t.get("fadeRatePer100Cycles").asDouble() > 0);
        assertTrue(t.get("lateFadeRatePer100Cycles").asDouble() > t.get("earlyFadeRatePer100Cycles").asDouble());
        int knee = t.get("kneeCycle").asInt();
        assertTrue(knee > 70 && knee < 100, "knee near 84: " + knee);
        assertEquals(t.get("cycles").size(), t.get("fittedPcl").size());
    }

    @Test
    void givenUploads_whenListedAndOneDeleted_thenListAndBatteriesFollow() throws Exception {
        HttpResponse<String> second = upload(token, "one more.csv", csv("cell-c", 30));
        assertEquals(201, second.statusCode());

        assertEquals(2, json(get("/api/uploads", token)).get("items").size());
        assertEquals(204, delete("/api/uploads/" + uploadId, token).statusCode());
        assertEquals(1, json(get("/api/uploads", token)).get("items").size());
        assertEquals(List.of("cell-c"), names(json(get("/api/batteries", token)).get("items"), "name"));
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }
}
