package io.batterylab.rest.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every route of the API in one place: the request dispatcher matches against it and the OpenAPI document is built
 * from it. A path segment written {@code {name}} matches any one segment and is handed to the handler by name.
 */
public final class RouteTable {
    private static final String GET = "GET";
    private static final String HEAD = "HEAD";
    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Route> routes() {
        return routes;
    }

    /**
     * A HEAD request matches the GET route of its path: it is answered as the GET would be, without the body.
     *
     * @throws ApiException 404 when no route has this path, 405 (with the allowed methods) when routes have the path
     *         but not the method
     */
    public Match match(String method, String path) {
        String wanted = HEAD.equals(method) ? GET : method;
        String[] segments = split(path);
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> params = bind(split(route.path()), segments);
            if (params == null) {
                continue;
            }
            if (route.method().equals(wanted)) {
                return new Match(route, params);
            }
            allowed.add(route.method());
            if (GET.equals(route.method())) {
                allowed.add(HEAD);
            }
        }
        if (allowed.isEmpty()) {
            throw new ApiException(404, "not_found", "no such resource: " + path);
        }
        throw new ApiException(405, "method_not_allowed", method + " is not allowed on " + path,
                Map.of("allowed", List.copyOf(allowed)));
    }

    /** @return the path parameters, or null when the path does not fit the template */
    private static Map<String, String> bind(String[] template, String[] path) {
        if (template.length != path.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("}")) {
                if (path[i].isEmpty()) {
                    return null;
                }
                params.put(t.substring(1, t.length() - 1), path[i]);
            } else if (!t.equals(path[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return p.split("/", -1);
    }

    /** The route a request goes to, with its path parameters by name. */
    public record Match(Route route, Map<String, String> pathParams) {
        public Match {
            pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(pathParams));
        }
    }

    public static final class Builder {
        private final List<Route> routes = new ArrayList<>();

        public Builder add(Route route) {
            for (Route r : routes) {
                if (r.method().equals(route.method()) && r.path().equals(route.path())) {
                    throw new IllegalArgumentException("route registered twice: " + route.method() + " " + route.path());
                }
                if (r.operationId().equals(route.operationId())) {
                    throw new IllegalArgumentException("operation id used twice: " + route.operationId());
                }
            }
            routes.add(route);
            return this;
        }

        /** Starts describing a route; finish with {@link RouteSpec#handle}. */
        public RouteSpec route(String method, String path, String operationId) {
            return new RouteSpec(this, method, path, operationId);
        }

        public RouteTable build() {
            return new RouteTable(routes);
        }
    }

    /** Fluent description of one route, so that resource classes read like a list of endpoints. */
    public static final class RouteSpec {
        private final Builder builder;
        private final String method;
        private final String path;
        private final String operationId;
        private String summary = "";
        private String description = "";
        private String tag = "default";
        private boolean authenticated = true;
        private final List<Param> params = new ArrayList<>();
        private Class<?> requestBody;
        private String requestContentType = "application/json";
        private final Map<Integer, String> responses = new LinkedHashMap<>();
        private Class<?> responseSchema;
        private String responseContentType = "application/json";

        RouteSpec(Builder builder, String method, String path, String operationId) {
            this.builder = builder;
            this.method = method;
            this.path = path;
            this.operationId = operationId;
        }

        public RouteSpec summary(String text) {
            this.summary = text;
            return this;
        }

        /** Text under the summary in the OpenAPI document (CommonMark), e.g. a protocol the route speaks. */
        public RouteSpec description(String text) {
            this.description = text;
            return this;
        }

        public RouteSpec tag(String name) {
            this.tag = name;
            return this;
        }

        public RouteSpec open() {
            this.authenticated = false;
            return this;
        }

        public RouteSpec param(Param param) {
            params.add(param);
            return this;
        }

        public RouteSpec body(Class<?> schema) {
            this.requestBody = schema;
            return this;
        }

        public RouteSpec multipartBody(Class<?> schema) {
            this.requestBody = schema;
            this.requestContentType = "multipart/form-data";
            return this;
        }

        /** The success status and the schema name of its body (null for none). */
        public RouteSpec returns(int status, String description, Class<?> schema) {
            responses.put(status, description);
            this.responseSchema = schema;
            return this;
        }

        /** A success body that is not JSON, e.g. text/event-stream or text/html. */
        public RouteSpec produces(String contentType) {
            this.responseContentType = contentType;
            return this;
        }

        public RouteSpec error(int status, String description) {
            responses.put(status, description);
            return this;
        }

        public Builder handle(Route.Handler handler) {
            if (authenticated) {
                responses.putIfAbsent(401, "Missing, invalid, expired or revoked token");
            }
            return builder.add(new Route(method, path, operationId, summary, description, tag, authenticated, params, requestBody,
                    requestContentType, responses, responseSchema, responseContentType, handler));
        }
    }
}
