package io.batterylab.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchPreferencesTest {
    @TempDir
    Path home;

    private PropertiesFile file(String content) throws Exception {
        Path file = home.resolve("batterylab.properties");
        Files.writeString(file, content);
        return PropertiesFile.read(file);
    }

    @Test
    void givenAnEmptyFileWhenReadThenTheDefaultsOfTheLoadersApply() {
        WorkbenchPreferences p = WorkbenchPreferences.of(new Properties());

        assertTrue(p.embedded());
        assertEquals(8080, p.restPort());
        assertFalse(p.restAutostart());
        assertEquals(2, p.trainingThreads());
        assertFalse(p.passwordStored());
    }

    @Test
    void givenAServerWhenAppliedWithAnEmptyPasswordEntryThenTheStoredPasswordIsKept() throws Exception {
        PropertiesFile file = file("db.password=kept secret\nrest.jwt.secret=0123456789abcdef0123456789abcdef\n");
        WorkbenchPreferences before = WorkbenchPreferences.of(file.values());
        WorkbenchPreferences after = new WorkbenchPreferences("jdbc:mysql://127.0.0.1:3306/lab", "lab", true, 9090,
                true, 3);

        after.applyTo(file, PasswordChange.entered(""));

        Properties values = file.values();
        assertEquals("kept secret", values.getProperty("db.password"));
        assertEquals("jdbc:mysql://127.0.0.1:3306/lab", values.getProperty("db.url"));
        assertEquals("lab", values.getProperty("db.user"));
        assertEquals("9090", values.getProperty("rest.port"));
        assertEquals("true", values.getProperty("rest.autostart"));
        assertEquals("3", values.getProperty("training.threads"));
        assertEquals("0123456789abcdef0123456789abcdef", values.getProperty("rest.jwt.secret"), "unknown keys stay");
        assertEquals(List.of("database", "REST server", "training threads"),
                after.changedSince(before, PasswordChange.keep()));
        assertTrue(WorkbenchPreferences.of(values).passwordStored());
    }

    @Test
    void givenTheEmbeddedChoiceWhenAppliedThenTheServerSettingsAreRemoved() throws Exception {
        PropertiesFile file = file("db.url=jdbc:mysql://x/y\ndb.user=u\ndb.password=p\nrest.port=8181\n");
        WorkbenchPreferences before = WorkbenchPreferences.of(file.values());

        WorkbenchPreferences embedded = new WorkbenchPreferences(null, null, false, 8181, false, 2);
        embedded.applyTo(file, PasswordChange.keep());

        assertEquals(java.util.Set.of("rest.port", "rest.autostart", "training.threads"),
                file.values().stringPropertyNames());
        assertEquals(List.of("database"), embedded.changedSince(before, PasswordChange.keep()));
        assertEquals(List.of(), before.changedSince(before, PasswordChange.entered("")));
    }

    @Test
    void givenWrongValuesWhenEnteredThenTheMessageNamesTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new WorkbenchPreferences(
                "jdbc:postgresql://h/db?password=x", null, false, 80, false, 2)).getMessage()
                .equals("Database URL: use jdbc:mysql://host:port/database (also for MariaDB), not"
                        + " 'jdbc:postgresql://h/db'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new WorkbenchPreferences(null, null, false,
                70000, false, 2)).getMessage().startsWith("REST port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new WorkbenchPreferences(null, null, false,
                80, false, 0)).getMessage().startsWith("Training threads"));
    }

    @Test
    void givenUnreadableNumbersInTheFileWhenReadThenTheDefaultsAreShown() {
        Properties stored = new Properties();
        stored.setProperty("rest.port", "eighty");
        stored.setProperty("training.threads", "999");

        WorkbenchPreferences p = WorkbenchPreferences.of(stored);

        assertEquals(8080, p.restPort());
        assertEquals(2, p.trainingThreads());
    }
}
