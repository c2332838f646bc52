package io.batterylab.rest.http;

/**
 * A path or query parameter of a route, described once for both the request parsing and the OpenAPI document.
 *
 * @param in "path" or "query"
 * @param type OpenAPI type: "integer", "number", "string" or "array" (of strings, comma-separated or repeated)
 */
public record Param(String name, String in, String type, boolean required, String description) {
    public static Param path(String name, String description) {
        return new Param(name, "path", "integer", true, description);
    }

    public static Param query(String name, String type, String description) {
        return new Param(name, "query", type, false, description);
    }

    public static Param requiredQuery(String name, String type, String description) {
        return new Param(name, "query", type, true, description);
    }
}
