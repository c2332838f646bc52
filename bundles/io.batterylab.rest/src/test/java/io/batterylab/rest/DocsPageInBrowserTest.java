package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API page in a real browser (headless Chromium) under its strict Content-Security-Policy: Swagger UI, served
 * from the bundle, renders the operations of the OpenAPI document, and the browser reports no policy violation, no
 * script error and no file it could not load. A screenshot is kept in target/ to look at.
 */
class DocsPageInBrowserTest extends RestFixture {
    /** Resolves once Swagger UI has loaded the OpenAPI document. */
    private static final String UI_READY = """
            new Promise(resolve => { const t = setInterval(() => {
              if (window.ui && window.ui.specSelectors.specJson().get("paths")) { clearInterval(t); resolve("ready"); }
            }, 50); })""";
    /** Runs the login operation through Swagger UI's request machinery and its configured response interceptor. */
    private static final String LOGIN_THROUGH_SWAGGER_UI = """
            (async () => {
              const ui = window.ui;
              await ui.fn.execute({spec: ui.specSelectors.specJson().toJS(), operationId: "login",
                contextUrl: location.href, requestBody: {username: "alice", password: "%s"},
                responseInterceptor: ui.getConfigs().responseInterceptor});
              const bearer = ui.authSelectors.authorized().toJS().bearer;
              return bearer ? "Bearer " + bearer.value : "not authorized";
            })()""";
    /** Runs GET /api/auth/me with what the page is authorized with, as "Try it out" does. */
    private static final String ME_THROUGH_SWAGGER_UI = """
            (async () => {
              const ui = window.ui;
              const res = await ui.fn.execute({spec: ui.specSelectors.specJson().toJS(), operationId: "currentUser",
                contextUrl: location.href, securities: {authorized: ui.authSelectors.authorized().toJS()}});
              return res.text;
            })()""";

    @TempDir
    Path profile;

    @Test
    void givenTheDocsPageInChromium_thenTheScriptRendersTheOperationsWithoutPolicyViolations() throws Exception {
        String url = base + "/api/docs";

        Run dom = run("--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", "--dump-dom", url);
        Run shot = run("--window-size=1200,900", "--virtual-time-budget=10000",
                "--screenshot=" + Path.of("target", "api-docs.png").toAbsolutePath(), url);

        Files.writeString(Path.of("target", "api-docs-console.txt"), dom.err());
        assertEquals(0, dom.exit(), dom.err());
        assertTrue(dom.out().contains("opblock-summary-path"), "Swagger UI rendered the operations: " + dom.out());
        assertTrue(dom.out().contains("data-path=\"/api/uploads\"") && dom.out().contains("data-path=\"/api/ws\""),
                "every route is listed: " + dom.out());
        assertTrue(dom.out().contains("authorize"), "the page offers to authorize with a token: " + dom.out());
        assertFalse(dom.err().contains("Content Security Policy"), "no CSP violation: " + dom.err());
        assertFalse(dom.err().contains("Uncaught"), "no script error: " + dom.err());
        assertFalse(dom.err().contains("Failed to load resource"), "every file of the page loads: " + dom.err());
        assertEquals(0, shot.exit(), shot.err());
        assertTrue(Files.size(Path.of("target", "api-docs.png")) > 10_000, "a screenshot with content");
    }

    @Test
    void givenTheDocsPage_whenLoggingInThroughSwaggerUi_thenThePageIsAuthorizedAndAnAuthenticatedRouteAnswers()
            throws Exception {
        userToken("alice");
        try (BrowserPage page = BrowserPage.open(http, profile, base + "/api/docs")) {
            page.valueOf(UI_READY);

            String authorization = page.valueOf(LOGIN_THROUGH_SWAGGER_UI.formatted(PASSWORD));
            String me = page.valueOf(ME_THROUGH_SWAGGER_UI);

            assertTrue(authorization.startsWith("Bearer ey"), "the login authorized the page: " + authorization);
            assertTrue(me.contains("\"username\":\"alice\""), "the route answered with the token: " + me);
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = Chromium.command(profile, args);
        Path out = Files.createTempFile(profile, "out", ".txt");
        Path err = Files.createTempFile(profile, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assertions.fail("chromium did not finish: " + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err));
    }
}
