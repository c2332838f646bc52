package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API page in a real browser (headless Chromium) under its strict Content-Security-Policy: its script runs and
 * renders the operations from the OpenAPI document, and the browser reports no policy violation. A screenshot is kept
 * in target/ to look at.
 */
class DocsPageInBrowserTest extends RestFixture {
    @TempDir
    Path profile;

    @Test
    void givenTheDocsPageInChromium_thenTheScriptRendersTheOperationsWithoutPolicyViolations() throws Exception {
        Path chromium = chromium();
        String url = base + "/api/docs";

        Run dom = run(chromium, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", "--dump-dom", url);
        Run shot = run(chromium, "--window-size=1200,900", "--virtual-time-budget=10000",
                "--screenshot=" + Path.of("target", "api-docs.png").toAbsolutePath(), url);

        assertEquals(0, dom.exit(), dom.err());
        assertTrue(dom.out().contains("class=\"op\""), "the script rendered the operations: " + dom.out());
        assertTrue(dom.out().contains("/api/uploads") && dom.out().contains("needs token"), dom.out());
        assertFalse(dom.err().contains("Content Security Policy"), "no CSP violation: " + dom.err());
        assertEquals(0, shot.exit(), shot.err());
        assertTrue(Files.size(Path.of("target", "api-docs.png")) > 10_000, "a screenshot with content");
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(Path chromium, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(profile, "chromium")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(profile, "out", ".txt");
        Path err = Files.createTempFile(profile, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assertions.fail("chromium did not finish: " + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err));
    }

    private static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        String message = "no chromium installed: the docs page is not checked in a browser (apt-get install chromium)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
        return null;
    }
}
