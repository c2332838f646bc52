package io.batterylab.product.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The author kit works as written: the shell commands of examples/README.md ("Write an algorithm plugin") run in
 * an empty folder outside the repository, with plain Maven, and leave the ridge algorithm and the excursion detector
 * as OSGi bundles in the plugins folder, importing only core packages in the range of the core's major version.
 */
class AuthorKitTest {
    private static final String BEGIN = "<!-- author-kit:begin";
    private static final String END = "<!-- author-kit:end -->";

    @Test
    void givenTheReadmesCommandsWhenRunInAnEmptyFolderThenBothExamplesAreBuiltIntoThePluginsFolder() throws Exception {
        Build.require("releng/io.batterylab.product/target/repository/plugins");
        Path repo = Build.repository();
        Path work = Build.scratch("author-kit");
        Path folder = Files.createDirectories(work.resolve("empty-folder"));
        Path home = work.resolve("home");
        Path script = Files.writeString(work.resolve("readme-commands.sh"), commands(repo.resolve("examples/README.md")));
        Path bin = Files.createDirectories(work.resolve("bin"));
        // the author's `mvn`: this checkout's Maven wrapper (same Maven and local repository as the build)
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\nexec \"" + repo.resolve("mvnw") + "\" \"$@\"\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder bash = new ProcessBuilder("bash", "-eu", script.toString()).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("readme-commands.log").toFile());
        bash.environment().put("BATTERYLAB", repo.toString());
        bash.environment().put("BATTERYLAB_HOME", home.toString());
        bash.environment().put("JAVA_HOME", System.getProperty("java.home"));
        bash.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = bash.start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the README's commands took more than 10 minutes");
        assertEquals(0, process.exitValue(), "the README's commands failed:\n"
                + Files.readString(work.resolve("readme-commands.log")));

        assertBundle(home.resolve("plugins/algorithm.ridge-1.0.0.jar"), "com.example.batterylab.algorithm.ridge");
        assertBundle(home.resolve("plugins/detector.excursion-1.0.0.jar"), "com.example.batterylab.detector.excursion");
    }

    /** The shell block between the README's author-kit markers. */
    static String commands(Path readme) throws IOException {
        String text = Files.readString(readme);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "author-kit markers in " + readme);
        String block = text.substring(text.indexOf("```sh\n", begin) + "```sh\n".length(), text.lastIndexOf("```", end));
        assertTrue(block.contains("mvn -B -q package"), block);
        return block;
    }

    private static void assertBundle(Path jar, String symbolicName) throws IOException {
        assertTrue(Files.isRegularFile(jar), "built and copied: " + jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes main = file.getManifest().getMainAttributes();
            assertEquals(symbolicName, main.getValue("Bundle-SymbolicName"));
            String component = main.getValue("Service-Component");
            assertNotNull(component, "a DS component description");
            assertNotNull(file.getEntry(component), component);
            assertTrue(main.getValue("Require-Capability").contains("(osgi.extender=osgi.component)"));
            List<String> imports = Arrays.stream(main.getValue("Import-Package").split(",(?=[a-z])"))
                    .map(String::trim).toList();
            for (String i : imports) {
                boolean core = i.startsWith("io.batterylab.core.") && i.matches(".*version=\"\\[1\\.\\d+,2\\)\"");
                assertTrue(core || i.startsWith("java."), "imports only core (major 1) and the JDK: " + i);
            }
            assertTrue(imports.stream().anyMatch(i -> i.startsWith("io.batterylab.core.")), imports.toString());
        }
    }
}
