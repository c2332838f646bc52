package io.batterylab.test.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The real measurement files beside the repository ({@code <repo root>/../shared/data}), never copied
 * into it. Missing files fail the test on CI and skip it, visibly, elsewhere.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The readable file, or the test is skipped (failed when {@code CI=true}). */
    public static Path file(String relative) {
        return find(relative).orElseGet(() -> {
            String message = "real data file missing: <repo root>/../shared/data/" + relative;
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message + "; test skipped");
            throw new AssertionError("unreachable");
        });
    }

    /** The readable file, if there: for tests that do without it. */
    public static Optional<Path> find(String relative) {
        Path root = repositoryRoot();
        if (root == null || root.getParent() == null) {
            return Optional.empty();
        }
        Path file = root.getParent().resolve("shared").resolve("data").resolve(relative);
        return Files.isReadable(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * The repository: {@code -Dbatterylab.repo} (the OSGi test runs get it from tests/pom.xml), else the first
     * directory holding mvnw, walking up from the working directory (the module's, in Maven).
     */
    static Path repositoryRoot() {
        String given = System.getProperty("batterylab.repo");
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return null;
    }
}
