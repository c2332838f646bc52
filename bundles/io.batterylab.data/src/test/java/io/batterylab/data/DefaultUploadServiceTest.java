package io.batterylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.model.UploadRecord;
import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.model.ValidationReport;
import io.batterylab.core.plugin.DataSource;
import io.batterylab.core.plugin.DataSourceRegistry;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.plugin.ImportedData;
import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcBatteryService;
import io.batterylab.storage.JdbcBatteryStore;
import io.batterylab.storage.JdbcUserService;
import io.batterylab.storage.PasswordHasher;
import io.batterylab.storage.StorageConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload flow on a real embedded database and real files; the data source is a tiny line format. */
class DefaultUploadServiceTest {
    private long alice;
    private long bob;

    @TempDir
    Path home;
    private Database database;
    private DefaultUploadService uploads;
    private JdbcBatteryService batteries;

    /** "cycle,rul" lines of one battery; a line that is not two integers is rejected with its number. */
    static final class LinesSource implements DataSource {
        @Override
        public String id() {
            return "lines";
        }

        @Override
        public String displayName() {
            return "Test lines";
        }

        @Override
        public List<String> fileExtensions() {
            return List.of("lines");
        }

        @Override
        public ImportedData read(InputStream in, String fileName, ImportLimits limits) throws ImportException, IOException {
            List<CycleRecord> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String[] cells = lines[i].split(",");
                try {
                    rows.add(new CycleRecord(Integer.parseInt(cells[0].trim()), FeatureValues.none(),
                            Double.parseDouble(cells[1].trim()), Double.NaN));
                } catch (RuntimeException e) {
                    throw new ImportException(ValidationIssue.error(i + 1, "cycle", "not a number"));
                }
            }
            return new ImportedData(List.of(new ImportedBattery("cell A", null, 1.1, null, null, rows)),
                    ValidationReport.clean());
        }
    }

    @BeforeEach
    void openWorkspace() {
        database = Database.open(StorageConfig.embedded(home));
        DataSource source = new LinesSource();
        DataSourceRegistry registry = new DataSourceRegistry() {
            @Override
            public List<DataSource> all() {
                return List.of(source);
            }

            @Override
            public Optional<DataSource> find(String id) {
                return Optional.of(source).filter(s -> s.id().equals(id));
            }
        };
        uploads = new DefaultUploadService(registry, new JdbcBatteryStore(database.dataSource()), database.config(),
                new ImportLimits(1024, 1000));
        batteries = new JdbcBatteryService(database.dataSource());
        JdbcUserService users = new JdbcUserService(database.dataSource(), new PasswordHasher(4));
        alice = users.register("alice", "correct horse".toCharArray()).id();
        bob = users.register("bob", "battery staple".toCharArray()).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private UploadRecord upload(long user, String name, String content) throws Exception {
        return uploads.upload(user, name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void givenValidFileWhenUploadedThenRowsStoredAndOriginalFiledUnderUserAndUploadIds() throws Exception {
        UploadRecord record = upload(alice, "../../secret/cells.lines", "1,99\n2,98\n3,97");

        assertEquals("cells.lines", record.originalFileName());
        assertEquals(3, record.rowCount());
        Path stored = home.resolve("data/" + alice + "/uploads/" + record.id() + "/original.lines");
        assertTrue(Files.isRegularFile(stored), "original kept under ids: " + stored);
        assertEquals(3, batteries.cycles(alice, batteries.list(alice, BatteryFilter.all()).stream()
                .filter(b -> !b.isBuiltIn()).findFirst().orElseThrow().id()).size());
        assertTrue(batteries.list(bob, BatteryFilter.all()).isEmpty(), "another user sees nothing of it");
    }

    @Test
    void givenBadFileWhenUploadedThenRejectedNamingTheRowAndNothingStoredAndEarlierDataIntact() throws Exception {
        UploadRecord earlier = upload(alice, "good.lines", "1,10\n2,9");

        ImportException e = assertThrows(ImportException.class, () -> upload(alice, "bad.lines", "1,10\nx,9"));

        assertTrue(e.getMessage().contains("row 2"), e.getMessage());
        assertEquals(List.of(earlier.id()), uploads.list(alice).stream().map(UploadRecord::id).toList());
        try (var left = Files.list(home.resolve("data/" + alice + "/uploads"))) {
            assertEquals(List.of(String.valueOf(earlier.id())), left.map(p -> p.getFileName().toString()).toList(),
                    "no incoming file or directory of the rejected upload is left");
        }
    }

    @Test
    void givenFileOverTheSizeLimitWhenUploadedThenRejectedWithTheLimit() {
        String big = "1,1\n".repeat(400); // 1600 bytes > 1024
        ImportException e = assertThrows(ImportException.class, () -> upload(alice, "big.lines", big));
        assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
        assertTrue(uploads.list(alice).isEmpty());
    }

    @Test
    void givenUnknownExtensionWhenUploadedThenMessageListsWhatIsSupported() {
        ImportException e = assertThrows(ImportException.class, () -> upload(alice, "notes.docx", "hello"));
        assertTrue(e.getMessage().contains(".docx") && e.getMessage().contains("supported: lines"), e.getMessage());
    }

    @Test
    void givenEmptyFileWhenUploadedThenRejected() {
        ImportException e = assertThrows(ImportException.class, () -> upload(alice, "empty.lines", ""));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void givenAnotherUsersUploadWhenDeletedThenRefusedAndOwnerDeleteRemovesRowsAndFiles() throws Exception {
        UploadRecord record = upload(alice, "cells.lines", "1,5\n2,4");

        assertFalse(uploads.delete(bob, record.id()));
        assertTrue(uploads.find(alice, record.id()).isPresent());

        assertTrue(uploads.delete(alice, record.id()));
        assertTrue(uploads.find(alice, record.id()).isEmpty());
        assertTrue(batteries.list(alice, BatteryFilter.all()).stream().allMatch(b -> b.isBuiltIn()));
        assertFalse(Files.exists(home.resolve("data/" + alice + "/uploads/" + record.id())));
    }
}
