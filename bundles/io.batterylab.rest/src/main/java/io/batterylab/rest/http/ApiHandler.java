package io.batterylab.rest.http;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jetty handler of the whole API: matches the route, authenticates when the route needs it, runs the handler
 * (blocking calls into the services are fine here: Jetty runs this handler on a pool thread) and writes the reply or
 * the error as JSON.
 */
public final class ApiHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final String BEARER = "Bearer ";
    /** An unread body larger than this is not worth reading to keep the connection: it is closed instead. */
    private static final long MAX_DROPPED_BODY_BYTES = 64 * 1024;

    private final RouteTable routes;
    private final Authenticator authenticator;
    private final Json json;
    private final long maxJsonBytes;

    public ApiHandler(RouteTable routes, Authenticator authenticator, Json json, long maxJsonBytes) {
        this.routes = routes;
        this.authenticator = authenticator;
        this.json = json;
        this.maxJsonBytes = maxJsonBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        SecurityHeaders.everyResponse(response.getHeaders());
        try {
            RouteTable.Match match = routes.match(request.getMethod(), Request.getPathInContext(request));
            Caller caller = match.route().authenticated() ? authenticate(request) : null;
            if (HttpMethod.HEAD.is(request.getMethod()) && match.route().streams()) {
                // the stream's answer would never end; its head is all a HEAD request gets anyway
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, match.route().responseContentType());
                send(request, response, callback, 200, null);
                return true;
            }
            Call call = new Call(request, response, callback, match.pathParams(), caller, json, maxJsonBytes);
            Reply reply = match.route().handler().handle(call);
            if (!reply.sent()) {
                reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
                send(request, response, callback, reply.status(), reply.body());
            }
        } catch (Throwable failure) {
            ApiException error = ErrorMapper.map(failure);
            if (error.status() >= 500) {
                LOG.warn("{} {} failed with {}", request.getMethod(), request.getHttpURI().getPath(), error.status());
            }
            if (response.isCommitted()) {
                callback.failed(failure);
            } else {
                sendError(request, response, callback, error);
            }
        }
        return true;
    }

    private Caller authenticate(Request request) {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw ApiException.unauthorized("unauthorized", "this endpoint needs 'Authorization: Bearer <token>'");
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ApiException.unauthorized("unauthorized", "only Bearer tokens are accepted");
        }
        return authenticator.authenticate(header.substring(BEARER.length()).trim());
    }

    private void send(Request request, Response response, Callback callback, int status, Object body) {
        response.setStatus(status);
        Callback done = callback;
        if (!bodyReadToEnd(request)) {
            // Jetty closes the connection after a reply to a request whose body has not all arrived (a 415 or 413
            // answered before reading, say); announce it, or a keep-alive client sends its next request into the
            // closed connection and gets no answer at all; and let the rest of the body in before the close, or the
            // close resets the connection under a client still sending it and the answer is lost.
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
            done = LingeringClose.afterAnswer(request, callback);
        }
        if (body != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
        }
        response.write(true, body == null ? null : ByteBuffer.wrap(json.write(body)), done);
    }

    private void sendError(Request request, Response response, Callback callback, ApiException error) {
        response.reset();
        SecurityHeaders.everyResponse(response.getHeaders());
        if (error.status() == 401) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
        }
        if (error.details().get("allowed") instanceof Iterable<?> allowed) {
            response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", (Iterable<String>) allowed));
        }
        if (error.details().get("retryAfterSeconds") instanceof Number seconds) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, seconds.toString());
        }
        send(request, response, callback, error.status(), body(error));
    }

    /**
     * Reads and drops what has already arrived of the request body the handler left unread, without waiting for
     * more: true when the body is complete (or there is none), so the connection can serve the next request.
     */
    private static boolean bodyReadToEnd(Request request) {
        long dropped = 0;
        while (dropped <= MAX_DROPPED_BODY_BYTES) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                return false;
            }
            try {
                if (Content.Chunk.isFailure(chunk)) {
                    return false;
                }
                dropped += chunk.remaining();
                if (chunk.isLast()) {
                    return true;
                }
            } finally {
                chunk.release();
            }
        }
        return false;
    }

    /** {@code {"error": code, "message": ...}} plus any details, the one error shape of the API. */
    public static Map<String, Object> body(ApiException error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.code());
        body.put("message", error.getMessage());
        body.putAll(error.details());
        return body;
    }
}
