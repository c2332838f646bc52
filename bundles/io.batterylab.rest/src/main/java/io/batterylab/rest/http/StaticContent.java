package io.batterylab.rest.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /**
     * This file as one that holds nobody's data (a script, style sheet or icon of the API page), with its entity tag
     * computed once: see {@link Revalidated#send}.
     */
    public Revalidated revalidated() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Revalidated(this, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /**
     * A file a browser may keep but must ask about again each time ({@code no-cache} with a strong entity tag, the
     * first 128 bits of the SHA-256 of its bytes). Swagger UI's script is 1.5 MB: without this every visit of the page
     * downloaded it again; with it a repeated visit costs a bodiless 304, and after an upgrade no stale copy is used.
     */
    public record Revalidated(StaticContent content, String etag) {

        /** Writes the file, or a bodiless 304 when the request names the current tag. */
        public Reply send(Call call) {
            call.response().getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
            call.response().getHeaders().put(HttpHeader.ETAG, etag);
            String asked = call.request().getHeaders().get(HttpHeader.IF_NONE_MATCH);
            if (asked != null && (asked.trim().equals("*") || asked.contains(etag))) {
                call.response().setStatus(304);
                call.response().write(true, ByteBuffer.allocate(0), call.callback());
                return Reply.alreadySent();
            }
            return content.send(call);
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
