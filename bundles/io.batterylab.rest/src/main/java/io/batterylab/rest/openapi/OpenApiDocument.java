package io.batterylab.rest.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.batterylab.rest.http.Param;
import io.batterylab.rest.http.Route;
import io.batterylab.rest.http.RouteTable;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI 3.0 document of the API, built from the route table that also dispatches requests, so paths,
 * methods, parameters and bodies cannot drift from the implementation.
 */
public final class OpenApiDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApiDocument() {
    }

    public static ObjectNode build(RouteTable routes, String version, Class<?> errorSchema) {
        SchemaGenerator schemas = new SchemaGenerator();
        ObjectNode doc = NODES.objectNode().put("openapi", "3.0.3");
        doc.putObject("info").put("title", "BatteryLab REST API").put("version", version)
                .put("description", "Battery data, analysis and uploads of BatteryLab. Log in with POST /api/auth/login"
                        + " and send the token as `Authorization: Bearer <token>`. Errors are "
                        + "{\"error\": code, \"message\": text} with a matching HTTP status.");
        Map<String, ObjectNode> paths = new TreeMap<>();
        for (Route route : routes.routes()) {
            ObjectNode path = paths.computeIfAbsent(route.path(), p -> NODES.objectNode());
            path.set(route.method().toLowerCase(Locale.ROOT), operation(route, schemas, errorSchema));
        }
        ObjectNode pathsNode = doc.putObject("paths");
        paths.forEach(pathsNode::set);
        ObjectNode components = doc.putObject("components");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("bearerFormat", "JWT");
        ObjectNode schemaNodes = components.putObject("schemas");
        schemas.components().forEach(schemaNodes::set);
        return doc;
    }

    private static ObjectNode operation(Route route, SchemaGenerator schemas, Class<?> errorSchema) {
        ObjectNode op = NODES.objectNode().put("operationId", route.operationId()).put("summary", route.summary());
        if (!route.description().isEmpty()) {
            op.put("description", route.description());
        }
        op.putArray("tags").add(route.tag());
        if (route.authenticated()) {
            op.putArray("security").addObject().putArray("bearer");
        } else {
            op.putArray("security");
        }
        if (!route.params().isEmpty()) {
            ArrayNode params = op.putArray("parameters");
            for (Param p : route.params()) {
                ObjectNode param = params.addObject().put("name", p.name()).put("in", p.in())
                        .put("required", p.required()).put("description", p.description());
                ObjectNode schema = param.putObject("schema");
                if (p.type().equals("array")) {
                    schema.put("type", "array").putObject("items").put("type", "string");
                    param.put("style", "form").put("explode", false);
                } else {
                    schema.put("type", p.type());
                    if (p.type().equals("integer")) {
                        schema.put("format", "int64");
                    }
                }
            }
        }
        if (route.requestBody() != null) {
            ObjectNode body = op.putObject("requestBody").put("required", true);
            body.putObject("content").putObject(route.requestContentType()).set("schema",
                    schemas.schemaOf(route.requestBody()));
        }
        ObjectNode responses = op.putObject("responses");
        new TreeMap<>(route.responses()).forEach((status, description) -> {
            ObjectNode response = responses.putObject(Integer.toString(status)).put("description", description);
            boolean success = status < 300;
            if (success && route.responseSchema() != null) {
                response.putObject("content").putObject(route.responseContentType()).set("schema",
                        schemas.schemaOf(route.responseSchema()));
            } else if (!success) {
                response.putObject("content").putObject("application/json").set("schema",
                        schemas.schemaOf(errorSchema));
            }
        });
        return op;
    }
}
