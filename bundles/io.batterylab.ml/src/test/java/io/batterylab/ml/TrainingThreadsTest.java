package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.workspace.WorkspacePointer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingThreadsTest {
    @TempDir
    Path home;

    private Properties system(String threads) {
        Properties system = new Properties();
        system.setProperty("batterylab.home", home.toString());
        system.setProperty("user.home", home.resolve("nobody").toString());
        if (threads != null) {
            system.setProperty(TrainingThreads.PROPERTY, threads);
        }
        return system;
    }

    @Test
    void givenNothingSetWhenReadThenTwoThreads() {
        assertEquals(2, TrainingThreads.configured(system(null), Map.of()));
    }

    @Test
    void givenTheWorkspaceFileWhenReadThenItsValueCountsAndTheSystemPropertyWins() throws Exception {
        Files.writeString(home.resolve("batterylab.properties"), "# from the Preferences\ntraining.threads = 4\n");

        assertEquals(4, TrainingThreads.configured(system(null), Map.of()));
        assertEquals(1, TrainingThreads.configured(system("1"), Map.of()));
    }

    @Test
    void givenTheHomeFromTheEnvironmentWhenReadThenItsFileIsUsed() throws Exception {
        Files.writeString(home.resolve("batterylab.properties"), "training.threads=3\n");
        Properties system = new Properties();
        system.setProperty("user.home", home.resolve("nobody").toString());

        assertEquals(3, TrainingThreads.configured(system, Map.of("BATTERYLAB_HOME", home.toString())));
    }

    @Test
    void givenTheWorkspaceChosenInPreferencesWhenReadThenItsFileIsUsedAndTheDjlCacheIsThere() throws Exception {
        Files.writeString(home.resolve("batterylab.properties"), "training.threads=5\n");
        Properties system = new Properties();
        system.setProperty("user.home", home.resolve("nobody").toString());
        WorkspacePointer.write(home.resolve("nobody/.config/batterylab/workspace.location"), home);

        assertEquals(5, TrainingThreads.configured(system, Map.of()));
        assertEquals(home.resolve("djl-cache"), new DjlEnvironment(Map.of(), system).cacheDirectory());
    }

    @Test
    void givenNonsenseOrOutOfRangeValuesWhenReadThenTheDefaultIsUsed() throws Exception {
        assertEquals(2, TrainingThreads.configured(system("many"), Map.of()));
        assertEquals(2, TrainingThreads.configured(system("0"), Map.of()));
        Files.writeString(home.resolve("batterylab.properties"), "training.threads=65\n");
        assertEquals(2, TrainingThreads.configured(system(null), Map.of()));
    }
}
