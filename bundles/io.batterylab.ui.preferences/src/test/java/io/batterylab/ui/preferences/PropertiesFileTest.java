package io.batterylab.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesFileTest {
    private static final String WRITTEN_BY_HAND = """
            # BatteryLab settings, edited by hand
            db.url=jdbc:mysql://db.example:3306/old
            ! an old-style comment
            rest.events.per.user = 5
            db.password = first\\
                continued
            my.own.key: kept as written

            db.password=duplicate
            """;

    @TempDir
    Path home;

    private Path file() {
        return home.resolve("batterylab.properties");
    }

    private Properties loaded() throws Exception {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file())) {
            p.load(in);
        }
        return p;
    }

    @Test
    void givenAHandWrittenFileWhenKeysAreSetAndRemovedThenCommentsUnknownKeysAndOrderStay() throws Exception {
        Files.writeString(file(), WRITTEN_BY_HAND, StandardCharsets.ISO_8859_1);
        PropertiesFile properties = PropertiesFile.read(file());
        assertEquals("duplicate", properties.get("db.password").orElseThrow(),
                "read as Properties reads it: the last line of a key wins");
        assertEquals("kept as written", properties.get("my.own.key").orElseThrow());

        properties.set("db.url", "jdbc:mysql://127.0.0.1:3306/batterylab");
        properties.remove("db.password");
        properties.set("training.threads", "4");
        properties.write();

        List<String> lines = Files.readAllLines(file(), StandardCharsets.ISO_8859_1);
        assertEquals(List.of("# BatteryLab settings, edited by hand",
                "db.url=jdbc\\:mysql\\://127.0.0.1\\:3306/batterylab",
                "! an old-style comment",
                "rest.events.per.user = 5",
                "my.own.key: kept as written",
                "",
                "training.threads=4"), lines);
        Properties reread = loaded();
        assertEquals("jdbc:mysql://127.0.0.1:3306/batterylab", reread.getProperty("db.url"));
        assertEquals("kept as written", reread.getProperty("my.own.key"));
        assertEquals("5", reread.getProperty("rest.events.per.user"));
        assertFalse(reread.containsKey("db.password"), "every line of a removed key goes, continuation included");
    }

    @Test
    void givenValuesWithSpecialCharactersWhenWrittenThenPropertiesReadsThemBackExactly() throws Exception {
        PropertiesFile properties = PropertiesFile.read(file());
        String password = " p@ss=wörd:#!\\ with spaces\tand ünïcode ✓";

        properties.set("db.password", password);
        properties.set("db.user", "battery lab");
        properties.write();

        assertEquals(password, loaded().getProperty("db.password"));
        assertEquals("battery lab", loaded().getProperty("db.user"));
        assertEquals(password, PropertiesFile.read(file()).get("db.password").orElseThrow());
    }

    @Test
    void givenAFileWithAPasswordWhenWrittenThenOnlyItsOwnerMayReadIt() throws Exception {
        PropertiesFile properties = PropertiesFile.read(file());
        properties.set("db.password", "secret words here");
        properties.write();

        if (Files.getFileStore(file()).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
        }
        try (var listing = Files.list(home)) {
            assertEquals(List.of(file()), listing.toList(), "no temporary file is left behind");
        }
        assertTrue(PropertiesFile.read(home.resolve("absent.properties")).values().isEmpty());
    }
}
