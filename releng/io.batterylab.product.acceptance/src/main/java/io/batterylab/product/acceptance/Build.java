package io.batterylab.product.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** What the reactor built before these tests run (the product and its p2 repository), and a scratch folder. */
public final class Build {
    private Build() {
    }

    /** This module's folder (Maven runs the tests there). */
    public static Path module() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    public static Path repository() {
        return module().getParent().getParent();
    }

    /**
     * The built output at this path of the repository; without it the test is skipped, visibly, or fails when
     * {@code CI=true} (there the reactor always builds it first).
     */
    public static Path require(String relative) {
        Path path = repository().resolve(relative);
        if (!Files.exists(path) && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("not built: " + path);
        }
        Assumptions.assumeTrue(Files.exists(path), "SKIPPED: not built (" + path + "); run the whole reactor");
        return path;
    }

    /** An empty folder under this module's target/. */
    public static Path scratch(String name) throws IOException {
        Path root = module().resolve("target").resolve(name);
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(root);
    }
}
