package io.batterylab.source.mat;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real measurement files beside the repository ({@code <repo root>/../shared/data}). Missing
 * files fail the test on CI and skip it, visibly, elsewhere.
 */
final class SharedData {
    private SharedData() {
    }

    static Path file(String relative) {
        Path root = repositoryRoot();
        Path file = root == null || root.getParent() == null ? null
                : root.getParent().resolve("shared").resolve("data").resolve(relative);
        if (file == null || !Files.isReadable(file)) {
            String message = "real data file missing: <repo root>/../shared/data/" + relative;
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message + "; test skipped");
        }
        return file;
    }

    /** The first directory holding mvnw, walking up from the working directory. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return null;
    }
}
