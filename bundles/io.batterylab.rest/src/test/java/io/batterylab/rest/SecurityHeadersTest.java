package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.rest.http.SecurityHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every answer tells browsers not to sniff or store it; the HTML page may run only this server's own code. */
class SecurityHeadersTest extends RestFixture {

    @Test
    void givenAnyAnswer_successErrorOrProtocolError_thenNosniffAndNoStore() throws Exception {
        String token = userToken("headers");
        List<HttpResponse<String>> answers = List.of(get("/api/health", null), get("/api/batteries", token),
                get("/api/batteries", null), get("/api/nothing", token), get("/api/docs", null),
                get("/api/openapi.json", null), upload(token, "bad.csv", "x".getBytes(StandardCharsets.UTF_8)),
                postJson("/api/auth/login", null, "{\"username\":"));
        for (HttpResponse<String> answer : answers) {
            assertSecured(answer.uri() + " " + answer.statusCode(), answer.headers().map());
        }
        try (RawHttpConnection raw = new RawHttpConnection(base)) {
            raw.sendHead("GET", "/api/health", Map.of("Bad Header", "x")); // a header name with a blank: Jetty's 400
            RawHttpConnection.Response answer = raw.read();
            assertEquals(400, answer.status());
            Map<String, List<String>> headers = new LinkedHashMap<>();
            answer.headers().forEach((name, value) -> headers.put(name, List.of(value)));
            assertSecured("protocol error", headers);
        }
    }

    @Test
    void givenTheDocsPage_thenStrictPolicyNoFramingNoReferrerAndNoInlineCode() throws Exception {
        HttpResponse<String> page = get("/api/docs", null);

        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY,
                page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(SecurityHeaders.CONTENT_SECURITY_POLICY.contains("script-src 'self';"));
        assertFalse(SecurityHeaders.CONTENT_SECURITY_POLICY.contains("unsafe"));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElseThrow());
        String html = page.body();
        assertFalse(html.contains("<style"), "no inline style sheet");
        assertFalse(html.contains(" style="), "no inline style attribute");
        assertFalse(html.matches("(?s).*<script>.*"), "no inline script");
        assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "no inline event handler");
    }

    @Test
    void givenThePageAssets_thenServedWithTheirOwnTypesAndUnknownOnesAre404() throws Exception {
        assertEquals("text/javascript; charset=utf-8",
                get("/api/docs/api-docs.js", null).headers().firstValue("Content-Type").orElseThrow());
        assertEquals("text/css; charset=utf-8",
                get("/api/docs/api-docs.css", null).headers().firstValue("Content-Type").orElseThrow());
        assertError(404, "not_found", get("/api/docs/api-docs.html", null));
        int encodedSlash = get("/api/docs/..%2Fapi-docs.html", null).statusCode();
        assertTrue(encodedSlash == 400 || encodedSlash == 404, "encoded separator: " + encodedSlash);
    }

    @Test
    void givenThePageAssets_whenAskedAgainWithTheirTag_then304WithoutBodyAndNoUserAnswerIsCacheable() throws Exception {
        HttpResponse<String> first = get("/api/docs/swagger-ui-bundle.js", null);
        assertEquals(200, first.statusCode());
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow(), "kept, but asked again");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertTrue(first.body().length() > 1_000_000, "the whole script the first time");

        HttpResponse<String> again = send(request("/api/docs/swagger-ui-bundle.js", null)
                .header("If-None-Match", etag).GET().build());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> otherTag = send(request("/api/docs/swagger-ui-bundle.js", null)
                .header("If-None-Match", "\"0123\"").GET().build());
        assertEquals(200, otherTag.statusCode(), "a stale copy is replaced");
        assertTrue(!etag.equals(get("/api/docs/api-docs.js", null).headers().firstValue("ETag").orElseThrow()),
                "each file has its own tag");
        assertSecured("the page itself", get("/api/docs", null).headers().map());
    }

    static void assertSecured(String what, Map<String, List<String>> headers) {
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> lower.put(name.toLowerCase(java.util.Locale.ROOT), values));
        assertEquals(List.of("nosniff"), lower.get("x-content-type-options"), what);
        assertEquals(List.of("no-store"), lower.get("cache-control"), what);
    }
}
