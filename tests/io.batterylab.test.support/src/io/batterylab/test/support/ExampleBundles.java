package io.batterylab.test.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The example plugins as the reactor built them from {@code examples/}: jars a third party would hand out. */
public final class ExampleBundles {
    public static final String RIDGE = "com.example.batterylab.algorithm.ridge";
    public static final String EXCURSION = "com.example.batterylab.detector.excursion";

    private ExampleBundles() {
    }

    /** The built jar of the example with this symbolic name (its folder under examples/ has the same name). */
    public static Path built(String symbolicName) throws IOException {
        Path root = SharedData.repositoryRoot();
        if (root == null) {
            throw new AssertionError("repository not found: set -Dbatterylab.repo");
        }
        Path target = root.resolve("examples").resolve(symbolicName).resolve("target");
        Pattern jar = Pattern.compile(Pattern.quote(symbolicName) + "-.*\\.jar");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> jar.matcher(f.getFileName().toString()).matches()).findFirst()
                    .orElseThrow(() -> new AssertionError("example bundle not built in " + target));
        }
    }
}
