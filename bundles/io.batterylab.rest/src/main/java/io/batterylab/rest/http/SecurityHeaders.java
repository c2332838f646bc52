package io.batterylab.rest.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The security headers of the API. Every answer carries {@code nosniff} (a browser must not guess a JSON error to be
 * HTML) and {@code no-store} (answers carry tokens or a user's data; no cache, shared or private, may keep them;
 * the only exception are the API page's own scripts and styles, see {@link StaticContent.Revalidated}). An
 * HTML page additionally gets a Content-Security-Policy that allows only this server's own scripts, styles and
 * requests (no inline code, so an injected string cannot run), may not be framed, and sends no Referer. Images may
 * also be {@code data:} URLs (Swagger UI's icons are; an image cannot run code).
 */
public final class SecurityHeaders {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** The headers of every answer, errors included. */
    public static void everyResponse(HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    /** The headers of an HTML page, on top of {@link #everyResponse}. */
    public static void htmlPage(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
    }
}
