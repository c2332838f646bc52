package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.rest.http.Route;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document describes exactly the routes the server dispatches, with the shapes it writes. */
class OpenApiContractTest extends RestFixture {

    @Test
    void givenServedDocument_thenItsPathsAndMethodsAreExactlyTheRegisteredRoutes() throws Exception {
        HttpResponse<String> response = get("/api/openapi.json", null);
        assertEquals(200, response.statusCode());
        JsonNode doc = json(response);
        assertEquals("3.0.3", doc.get("openapi").asText());

        Set<String> documented = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> registered = new TreeSet<>();
        for (Route r : server.routes().routes()) {
            registered.add(r.method() + " " + r.path());
        }
        assertEquals(registered, documented);
        assertTrue(registered.size() >= 16, "auth, batteries, analysis, uploads, events, meta: " + registered);
    }

    @Test
    void givenDocument_thenEveryProtectedOperationNeedsBearerAndEveryRefResolves() throws Exception {
        JsonNode doc = json(get("/api/openapi.json", null));
        for (Route r : server.routes().routes()) {
            JsonNode op = doc.get("paths").get(r.path()).get(r.method().toLowerCase(Locale.ROOT));
            assertEquals(r.authenticated(), !op.get("security").isEmpty(), r.path());
            if (r.authenticated()) {
                assertTrue(op.get("responses").has("401"), r.path());
            }
            r.params().forEach(p -> assertTrue(op.get("parameters").toString().contains("\"" + p.name() + "\"")));
        }
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            String name = ref.substring("#/components/schemas/".length());
            assertTrue(doc.get("components").get("schemas").has(name), "unresolved " + ref);
        }
    }

    @Test
    void givenRealResponses_thenTheirFieldsAreTheDocumentedProperties() throws Exception {
        JsonNode schemas = json(get("/api/openapi.json", null)).get("components").get("schemas");
        String token = userToken("reader");
        JsonNode uploaded = json(upload(token, "cells.csv", csv("c1", 20)));
        JsonNode battery = json(get("/api/batteries", token)).get("items").get(0);
        JsonNode error = json(get("/api/batteries/999999", token));
        JsonNode page = json(get("/api/batteries/" + battery.get("id").asLong() + "/cycles", token));

        assertEquals(fields(schemas.get("UploadView").get("properties")), fields(uploaded));
        assertEquals(fields(schemas.get("BatteryView").get("properties")), fields(battery));
        assertEquals(fields(schemas.get("ErrorBody").get("properties")), fields(error));
        assertEquals(fields(schemas.get("CyclePage").get("properties")), fields(page));
        assertEquals(fields(schemas.get("CycleView").get("properties")), fields(page.get("items").get(0)));
    }

    @Test
    void givenBrowser_whenOpeningTheDocsPage_thenHtmlWhoseScriptLoadsTheDocument() throws Exception {
        HttpResponse<String> page = get("/api/docs", null);
        HttpResponse<String> script = get("/api/docs/api-docs.js", null);

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("<script src=\"docs/swagger-ui-bundle.js\"></script>"), page.body());
        assertTrue(page.body().contains("<script src=\"docs/api-docs.js\"></script>"), page.body());
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("url: \"openapi.json\""), script.body());
        HttpResponse<String> swaggerUi = get("/api/docs/swagger-ui-bundle.js", null);
        assertEquals(200, swaggerUi.statusCode());
        assertTrue(swaggerUi.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertTrue(swaggerUi.body().contains("SwaggerUIBundle"), "Swagger UI itself, from the bundle");
        assertEquals(404, get("/api/docs/index.html", null).statusCode(), "only the page's own files are served");
    }

    private static Set<String> fields(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                refs.add(node.get("$ref").asText());
            }
            node.forEach(child -> collectRefs(child, refs));
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
