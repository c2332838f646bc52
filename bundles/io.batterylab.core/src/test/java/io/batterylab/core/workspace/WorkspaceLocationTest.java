package io.batterylab.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.workspace.WorkspaceLocation.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLocationTest {
    @TempDir
    Path tmp;

    @Test
    void givenNothingSetWhenResolvedThenTheDefaultUnderTheUserHome() {
        WorkspaceLocation location = WorkspaceLocation.resolve(system(), env());

        assertEquals(tmp.resolve(".batterylab"), location.folder());
        assertEquals(Source.DEFAULT, location.source());
        assertEquals(tmp.resolve(".config/batterylab/workspace.location"), location.pointerFile());
    }

    @Test
    void givenAPointerFileWhenResolvedThenItsFolder() throws Exception {
        WorkspacePointer.write(WorkspacePointer.file(system(), env()), tmp.resolve("lab"));

        WorkspaceLocation location = WorkspaceLocation.resolve(system(), env());

        assertEquals(tmp.resolve("lab"), location.folder());
        assertEquals(Source.POINTER_FILE, location.source());
        assertFalse(location.source().explicit());
        assertEquals(tmp.resolve("lab") + " (from " + location.pointerFile() + ")", location.describe());
    }

    @Test
    void givenTheEnvironmentAndAPointerWhenResolvedThenTheEnvironmentWins() throws Exception {
        WorkspacePointer.write(WorkspacePointer.file(system(), env()), tmp.resolve("lab"));

        WorkspaceLocation location = WorkspaceLocation.resolve(system(), env("BATTERYLAB_HOME", tmp + "/from-env "));

        assertEquals(tmp.resolve("from-env"), location.folder());
        assertEquals(Source.ENVIRONMENT, location.source());
        assertTrue(location.source().explicit());
    }

    @Test
    void givenThePropertyAndTheEnvironmentWhenResolvedThenThePropertyWins() {
        Properties system = system();
        system.setProperty("batterylab.home", tmp.resolve("from-property").toString());

        WorkspaceLocation location = WorkspaceLocation.resolve(system, env("BATTERYLAB_HOME", tmp + "/from-env"));

        assertEquals(tmp.resolve("from-property"), location.folder());
        assertEquals(Source.SYSTEM_PROPERTY, location.source());
    }

    @Test
    void givenABlankEnvironmentValueWhenResolvedThenItCountsAsUnset() throws Exception {
        Properties system = system();
        system.setProperty("batterylab.home", " ");
        assertEquals(Source.DEFAULT, WorkspaceLocation.resolve(system, env("BATTERYLAB_HOME", "  ")).source());

        WorkspacePointer.write(WorkspacePointer.file(system, env()), tmp.resolve("lab"));
        WorkspaceLocation location = WorkspaceLocation.resolve(system, env("BATTERYLAB_HOME", ""));
        assertEquals(tmp.resolve("lab"), location.folder());
    }

    @Test
    void givenXdgConfigHomeWhenThePointerIsLookedUpThenItIsThereUnlessRelative() {
        assertEquals(tmp.resolve("cfg/batterylab/workspace.location"),
                WorkspacePointer.file(system(), env("XDG_CONFIG_HOME", tmp + "/cfg")));
        assertEquals(tmp.resolve(".config/batterylab/workspace.location"),
                WorkspacePointer.file(system(), env("XDG_CONFIG_HOME", "relative/cfg")));
    }

    @Test
    void givenAPointerWithARelativePathWhenResolvedThenTheErrorNamesThePointerFile() throws Exception {
        Path pointer = WorkspacePointer.file(system(), env());
        Files.createDirectories(pointer.getParent());
        Files.writeString(pointer, "# comment\n\nsome/where\n");

        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceLocation.resolve(system(), env()));

        assertEquals("The workspace pointer " + pointer + " names 'some/where', which is not an absolute folder:"
                + " fix or delete that file", e.getMessage());
    }

    @Test
    void givenAPointerWithOnlyCommentsWhenResolvedThenTheDefault() throws Exception {
        Path pointer = WorkspacePointer.file(system(), env());
        Files.createDirectories(pointer.getParent());
        Files.writeString(pointer, "# nothing chosen\n\n");

        assertEquals(Source.DEFAULT, WorkspaceLocation.resolve(system(), env()).source());
    }

    @Test
    void givenAPointerToAMissingFolderWhenPreparedThenTheFolderIsCreated() throws Exception {
        WorkspacePointer.write(WorkspacePointer.file(system(), env()), tmp.resolve("new/lab"));
        WorkspaceLocation location = WorkspaceLocation.resolve(system(), env());
        assertFalse(Files.exists(location.folder()));
        assertEquals("", WorkspaceFolder.problem(location.folder()).orElse(""));

        assertEquals(tmp.resolve("new/lab"), WorkspaceFolder.prepare(location));

        assertTrue(Files.isDirectory(tmp.resolve("new/lab")));
        try (var files = Files.list(tmp.resolve("new/lab"))) {
            assertEquals(0, files.count(), "the write check leaves nothing behind");
        }
    }

    @Test
    void givenAFolderBelowAFileWhenCheckedOrPreparedThenTheMessageNamesThePaths() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
        Path folder = file.resolve("lab");

        assertEquals(folder + " cannot be created: " + file + " is a file, not a folder",
                WorkspaceFolder.problem(folder).orElseThrow());
        assertEquals(file + " is a file, not a folder", WorkspaceFolder.problem(file).orElseThrow());
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceFolder.prepare(
                WorkspaceLocation.resolve(system(), env("BATTERYLAB_HOME", folder.toString()))));
        assertTrue(e.getMessage().startsWith("Cannot create the workspace folder " + folder + " (from BATTERYLAB_HOME): "),
                e.getMessage());
    }

    @Test
    void givenAFolderThatCannotBeWrittenWhenCheckedOrPreparedThenTheMessageNamesIt() {
        // /proc/self is a folder in which nobody, root included, can create a file
        Path folder = Path.of("/proc/self");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(folder), "needs Linux /proc");

        assertEquals(folder + " is not writable", WorkspaceFolder.problem(folder).orElseThrow());
        assertEquals(folder.resolve("lab") + " cannot be created: " + folder + " is not writable",
                WorkspaceFolder.problem(folder.resolve("lab")).orElseThrow());
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceFolder.prepare(
                WorkspaceLocation.resolve(system(), env("BATTERYLAB_HOME", folder.toString()))));
        assertTrue(e.getMessage().startsWith("Cannot write in the workspace folder /proc/self (from BATTERYLAB_HOME): "),
                e.getMessage());
    }

    @Test
    void givenARelativeFolderWhenCheckedThenAnAbsoluteOneIsAskedFor() {
        assertEquals("Enter an absolute folder (starting with /)", WorkspaceFolder.problem(Path.of("lab")).orElseThrow());
        assertThrows(IllegalArgumentException.class,
                () -> WorkspacePointer.write(tmp.resolve("pointer"), Path.of("lab")));
    }

    private Properties system() {
        Properties system = new Properties();
        system.setProperty("user.home", tmp.toString());
        return system;
    }

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }
}
