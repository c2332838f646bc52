package io.batterylab.rest.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;

/**
 * A page, script or style sheet served as it is, with the type a browser must take it as (under {@code nosniff} a
 * script served as anything but JavaScript does not run). HTML goes out with {@link SecurityHeaders#htmlPage}: this
 * is the one way the API serves HTML (the docs page, a downloaded HTML report).
 *
 * @param contentType e.g. {@code text/html; charset=utf-8}
 */
public record StaticContent(String contentType, byte[] bytes) {
    public static final String HTML = "text/html; charset=utf-8";
    public static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    public static final String CSS = "text/css; charset=utf-8";

    /** Reads a resource next to {@code owner} in the bundle. */
    public static StaticContent resource(Class<?> owner, String name, String contentType) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the bundle");
            }
            return new StaticContent(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes this as the 200 answer of the call. */
    public Reply send(Call call) {
        call.response().setStatus(200);
        call.response().getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        if (contentType.startsWith("text/html")) {
            SecurityHeaders.htmlPage(call.response().getHeaders());
        }
        call.response().write(true, ByteBuffer.wrap(bytes), call.callback());
        return Reply.alreadySent();
    }
}
