package io.batterylab.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.Exporter;
import io.batterylab.core.plugin.ExporterRegistry;
import io.batterylab.core.plugin.Report;
import io.batterylab.core.service.ExportFormat;
import io.batterylab.core.service.ExportRecord;
import io.batterylab.core.service.ReportSource;
import io.batterylab.export.csv.CsvExporter;
import io.batterylab.export.html.HtmlExporter;
import io.batterylab.registry.DynamicRegistry;
import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcExportStore;
import io.batterylab.storage.JdbcUserService;
import io.batterylab.storage.PasswordHasher;
import io.batterylab.storage.StorageConfig;
import io.batterylab.test.support.DetailReports;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export service over a real H2 database and workspace, the shipped CSV and HTML exporters and a report source
 * made here: item 7 of alice's is a report of 100,000 detail rows generated while they are read.
 */
class DefaultExportServiceTest {
    static final String KIND = "detail-report";

    @TempDir
    Path home;
    Database database;
    Registry exporters;
    DefaultExportService exports;
    long alice;
    long bob;
    int reportRows = 100_000;
    RuntimeException sourceFailure;

    @BeforeEach
    void open() {
        database = Database.open(StorageConfig.embedded(home));
        JdbcUserService users = new JdbcUserService(database.dataSource(), new PasswordHasher(4));
        alice = users.register("alice", "correct horse".toCharArray()).id();
        bob = users.register("bob", "correct horse".toCharArray()).id();
        exporters = new Registry();
        exporters.add(new CsvExporter());
        exporters.add(new HtmlExporter());
        ReportSource source = new ReportSource() {
            @Override
            public String kind() {
                return KIND;
            }

            @Override
            public Optional<Report> report(long userId, long id) {
                if (sourceFailure != null) {
                    throw sourceFailure;
                }
                return userId == alice && id == 7 ? Optional.of(DetailReports.of(reportRows)) : Optional.empty();
            }
        };
        exports = new DefaultExportService(new JdbcExportStore(database.dataSource()), database.config(), exporters,
                () -> List.of(source));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void givenAHundredThousandRowReport_whenExportedAsCsv_thenTheFileIsStoredUnderTheUsersExportsWithItsRecord()
            throws Exception {
        ExportRecord export = exports.create(alice, KIND, 7, "csv").orElseThrow();

        Path file = home.resolve("data").resolve(Long.toString(alice)).resolve("exports").resolve(KIND).resolve("7")
                .resolve("result.csv.zip");
        assertTrue(Files.isRegularFile(file));
        assertEquals(Files.size(file), export.sizeBytes());
        assertEquals(List.of(alice, KIND, 7L, "csv", "csv.zip", "application/zip", "detail-report-7.csv.zip"),
                List.of(export.userId(), export.sourceKind(), export.sourceId(), export.format(),
                        export.fileExtension(), export.mediaType(), export.fileName()));
        assertTrue(export.createdAt() != null);
        assertEquals(List.of(export), exports.list(alice));
        assertEquals(Optional.of(export), exports.find(alice, export.id()));
        try (InputStream in = exports.open(alice, export.id()).orElseThrow()) {
            assertArrayEquals(Files.readAllBytes(file), in.readAllBytes());
        }
        assertEquals(List.of("result.csv.zip"), names(file.getParent()), "no temporary file left");
    }

    @Test
    void givenAnExport_whenAnotherUserLooks_thenTheyCannotFindListOpenOrDeleteIt() throws Exception {
        ExportRecord export = exports.create(alice, KIND, 7, "html").orElseThrow();

        assertEquals(List.of(), exports.list(bob));
        assertEquals(Optional.empty(), exports.find(bob, export.id()));
        assertEquals(Optional.empty(), exports.open(bob, export.id()));
        assertFalse(exports.delete(bob, export.id()));
        assertEquals(Optional.empty(), exports.create(bob, KIND, 7, "html"), "alice's item is not bob's to export");
        assertFalse(Files.exists(home.resolve("data").resolve(Long.toString(bob)).resolve("exports")));
        assertEquals(List.of(export), exports.list(alice));
    }

    @Test
    void givenAnExport_whenDeleted_thenRecordFileAndEmptyDirectoriesAreGone() throws Exception {
        ExportRecord export = exports.create(alice, KIND, 7, "html").orElseThrow();

        assertTrue(exports.delete(alice, export.id()));

        assertEquals(List.of(), exports.list(alice));
        assertFalse(Files.exists(home.resolve("data").resolve(Long.toString(alice)).resolve("exports")));
        assertFalse(exports.delete(alice, export.id()));
    }

    @Test
    void givenAThirdPartyExporterInstalled_whenFormatsAreListed_thenItIsThereAndExportsByIdOrExtension()
            throws Exception {
        exporters.add(new Exporter() {
            public String id() {
                return "com.example.tsv";
            }

            public String displayName() {
                return "Tab separated (example)";
            }

            public String fileExtension() {
                return "tsv";
            }

            public String mediaType() {
                return "text/tab-separated-values";
            }

            public void export(Report report, OutputStream out) throws IOException {
                out.write((report.title() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });

        assertTrue(exports.formats().contains(new ExportFormat("com.example.tsv", "Tab separated (example)", "tsv",
                "text/tab-separated-values")), exports.formats().toString());
        ExportRecord byExtension = exports.create(alice, KIND, 7, "TSV").orElseThrow();
        assertEquals("com.example.tsv", byExtension.format());
        try (InputStream in = exports.open(alice, byExtension.id()).orElseThrow()) {
            assertEquals("Test job 3: baseline on 100 cells\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(List.of("com.example.tsv", "csv", "html"), exports.formats().stream().map(ExportFormat::id)
                .sorted().toList());
    }

    @Test
    void givenAnExporterThatFailsHalfWay_whenExporting_thenNoFileAndNoRecordAndTheEarlierExportStays()
            throws Exception {
        ExportRecord earlier = exports.create(alice, KIND, 7, "csv").orElseThrow();
        byte[] earlierBytes = Files.readAllBytes(file(earlier));
        exporters.remove(exporters.find("csv").orElseThrow());
        exporters.add(new FailingCsv());

        IOException e = assertThrows(IOException.class, () -> exports.create(alice, KIND, 7, "csv"));

        assertEquals("disk full after the header", e.getMessage());
        assertEquals(List.of(earlier), exports.list(alice));
        assertArrayEquals(earlierBytes, Files.readAllBytes(file(earlier)));
        assertEquals(List.of("result.csv.zip"), names(file(earlier).getParent()), "the unfinished file is removed");
    }

    @Test
    void givenAFailingFirstExport_whenItFails_thenNothingIsLeftInTheWorkspace() {
        exporters.remove(exporters.find("csv").orElseThrow());
        exporters.add(new FailingCsv());

        assertThrows(IOException.class, () -> exports.create(alice, KIND, 7, "csv"));

        assertEquals(List.of(), exports.list(alice));
        assertFalse(Files.exists(home.resolve("data").resolve(Long.toString(alice)).resolve("exports")));
    }

    @Test
    void givenASourceWithNothingToReportYet_whenExporting_thenItsReasonComesThroughAndNothingIsStored() {
        sourceFailure = new IllegalStateException("test job 7 is RUNNING; export it once it has finished");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> exports.create(alice, KIND, 7, "html"));
        assertEquals("test job 7 is RUNNING; export it once it has finished", e.getMessage());
        assertEquals(List.of(), exports.list(alice));
    }

    @Test
    void givenAnUnknownFormatOrKind_whenExporting_thenTheMessageNamesItAndWhatIsInstalled() {
        assertEquals("unknown export format 'pdf'; installed: csv, html", assertThrows(IllegalArgumentException.class,
                () -> exports.create(alice, KIND, 7, "pdf")).getMessage());
        assertEquals("unknown source kind 'test-job'; installed: detail-report", assertThrows(
                IllegalArgumentException.class, () -> exports.create(alice, "test-job", 7, "csv")).getMessage());
    }

    @Test
    void givenTheSameItemExportedTwiceInOneFormat_whenListed_thenTheNewerReplacesTheOlder() throws Exception {
        reportRows = 10;
        ExportRecord first = exports.create(alice, KIND, 7, "html").orElseThrow();
        reportRows = 20;
        ExportRecord second = exports.create(alice, KIND, 7, "html").orElseThrow();
        ExportRecord csv = exports.create(alice, KIND, 7, "csv").orElseThrow();

        assertEquals(List.of(csv, second), exports.list(alice));
        assertEquals(Optional.empty(), exports.find(alice, first.id()));
        assertEquals(Files.size(file(second)), second.sizeBytes());
    }

    @Test
    void givenAnExporterWithAPathForAnExtension_whenExporting_thenItIsRefusedByName() {
        exporters.add(new FailingCsv() {
            @Override
            public String id() {
                return "evil";
            }

            @Override
            public String fileExtension() {
                return "../../x";
            }
        });
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> exports.create(alice, KIND, 7, "evil"));
        assertTrue(e.getMessage().startsWith("exporter 'evil' gives an unusable file extension '../../x'"));
    }

    private Path file(ExportRecord e) {
        return home.resolve("data").resolve(Long.toString(e.userId())).resolve("exports").resolve(e.sourceKind())
                .resolve(Long.toString(e.sourceId())).resolve("result." + e.fileExtension());
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Writes a little, then fails as a full disk would. */
    static class FailingCsv extends CsvExporter {
        @Override
        public void export(Report report, OutputStream out) throws IOException {
            out.write("battery,cycle\n".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full after the header");
        }
    }

    static final class Registry extends DynamicRegistry<Exporter> implements ExporterRegistry {
        Registry() {
            super("exporter");
        }
    }
}
