package io.batterylab.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceFolderCommandTest {
    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void givenThePointerOfPreferencesWhenTheStartScriptAsksThenTheFolderIsCreatedAndPrinted() throws Exception {
        WorkspacePointer.write(tmp.resolve("xdg/batterylab/workspace.location"), tmp.resolve("lab"));

        int status = run(Map.of("XDG_CONFIG_HOME", tmp.resolve("xdg").toString()));

        assertEquals(0, status);
        assertEquals(tmp.resolve("lab") + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isDirectory(tmp.resolve("lab")));
    }

    @Test
    void givenAFolderThatCannotBeCreatedWhenTheStartScriptAsksThenItExitsOneSayingWhy() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "x");

        int status = run(Map.of("BATTERYLAB_HOME", file.resolve("lab").toString()));

        assertEquals(1, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("BatteryLab: Cannot create the workspace folder "
                + file.resolve("lab") + " (from BATTERYLAB_HOME)"), err.toString(StandardCharsets.UTF_8));
    }

    private int run(Map<String, String> environment) {
        Properties system = new Properties();
        system.setProperty("user.home", tmp.toString());
        return WorkspaceFolderCommand.run(system, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
