package io.batterylab.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Headless Chromium for the browser tests: where it is, and how it is started (no network of its own, no sandbox). */
final class Chromium {
    private Chromium() {
    }

    /** The Chromium command line up to the test's own arguments, with a fresh profile under {@code profiles}. */
    static List<String> command(Path profiles, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(executable().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(profiles, "chromium")));
        command.addAll(List.of(args));
        return command;
    }

    /** The installed Chromium; without one the test is skipped, or fails under CI where it must be installed. */
    static Path executable() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        String message = "no chromium installed: the page is not checked in a browser (apt-get install chromium)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
        return null;
    }
}
