package io.batterylab.product.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A logged-in user of the product server's REST API, JSON in and out. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProductServer server;
    private final String token;

    private Api(ProductServer server, String token) {
        this.server = server;
        this.token = token;
    }

    /** Registers the user and logs in. */
    public static Api register(ProductServer server, String user, String password) throws IOException, InterruptedException {
        String credentials = JSON.createObjectNode().put("username", user).put("password", password).toString();
        Api anonymous = new Api(server, null);
        anonymous.expect(201, anonymous.post("/auth/register", credentials));
        return new Api(server, anonymous.expect(200, anonymous.post("/auth/login", credentials)).get("token").asText());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return server.send(request(path).GET().build());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return server.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The body of an answer that must have this status; otherwise an error with the status, body and server log. */
    public JsonNode expect(int status, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.uri() + ": expected " + status
                    + ", got " + response.statusCode() + " " + response.body() + "\nserver log:\n" + server.logTail());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    public JsonNode getOk(String path) throws IOException, InterruptedException {
        return expect(200, get(path));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.api() + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
