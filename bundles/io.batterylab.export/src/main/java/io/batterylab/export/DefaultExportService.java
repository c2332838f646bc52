package io.batterylab.export;

import io.batterylab.core.plugin.Exporter;
import io.batterylab.core.plugin.ExporterRegistry;
import io.batterylab.core.plugin.Report;
import io.batterylab.core.service.ExportFormat;
import io.batterylab.core.service.ExportRecord;
import io.batterylab.core.service.ExportService;
import io.batterylab.core.service.ReportSource;
import io.batterylab.storage.JdbcExportStore;
import io.batterylab.storage.StorageConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Exports stored per user: the format is any installed {@link Exporter} (by id or file extension), the content the
 * report of a {@link ReportSource} (by kind), the file {@code data/{user}/exports/{kind}/{id}/result.{ext}}. The file
 * is written to a private {@code .incoming-} file next to it and moved into place in the transaction that stores its
 * row, so a failed export leaves neither.
 */
public final class DefaultExportService implements ExportService {
    private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final java.util.regex.Pattern EXTENSION = java.util.regex.Pattern.compile(
            "[a-z0-9]{1,10}(\\.[a-z0-9]{1,10}){0,2}");

    private final JdbcExportStore store;
    private final ExportFiles files;
    private final ExporterRegistry exporters;
    private final Supplier<? extends Collection<ReportSource>> sources;

    /** @param sources the report sources present now (they come and go with their bundles) */
    public DefaultExportService(JdbcExportStore store, StorageConfig storage, ExporterRegistry exporters,
            Supplier<? extends Collection<ReportSource>> sources) {
        this.store = store;
        this.files = new ExportFiles(storage);
        this.exporters = exporters;
        this.sources = sources;
    }

    @Override
    public List<ExportFormat> formats() {
        return exporters.all().stream()
                .map(e -> new ExportFormat(e.id(), e.displayName(), e.fileExtension(), e.mediaType())).toList();
    }

    @Override
    public List<String> sourceKinds() {
        return sources.get().stream().map(ReportSource::kind).sorted().toList();
    }

    @Override
    public Optional<ExportRecord> create(long userId, String sourceKind, long sourceId, String format)
            throws IOException {
        Exporter exporter = exporter(format);
        ReportSource source = source(sourceKind);
        String extension = extension(exporter);
        Optional<Report> report = source.report(userId, sourceId);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        Path incoming = files.incoming(userId, source.kind(), sourceId);
        try {
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(incoming), 64 * 1024)) {
                exporter.export(report.get(), out);
            }
            Path result = files.result(userId, source.kind(), sourceId, extension);
            ExportRecord draft = new ExportRecord(0, userId, source.kind(), sourceId, exporter.id(), extension,
                    exporter.mediaType(), source.kind() + "-" + sourceId + "." + extension, Files.size(incoming), null);
            return Optional.of(store.replace(draft, () -> ExportFiles.moveIntoPlace(incoming, result)));
        } catch (IOException | RuntimeException | Error e) {
            files.discard(userId, incoming);
            throw e;
        }
    }

    @Override
    public List<ExportRecord> list(long userId) {
        return store.list(userId);
    }

    @Override
    public Optional<ExportRecord> find(long userId, long exportId) {
        return store.find(userId, exportId);
    }

    @Override
    public Optional<InputStream> open(long userId, long exportId) throws IOException {
        Optional<ExportRecord> export = store.find(userId, exportId);
        if (export.isEmpty()) {
            return Optional.empty();
        }
        ExportRecord e = export.get();
        Path file = files.result(userId, e.sourceKind(), e.sourceId(), e.fileExtension());
        if (!Files.isRegularFile(file)) {
            throw new IOException("the file of export " + exportId + " is missing: " + file);
        }
        return Optional.of(Files.newInputStream(file));
    }

    @Override
    public boolean delete(long userId, long exportId) throws IOException {
        Optional<ExportRecord> export = store.find(userId, exportId);
        if (export.isEmpty() || !store.delete(userId, exportId)) {
            return false;
        }
        ExportRecord e = export.get();
        files.delete(userId, e.sourceKind(), e.sourceId(), e.fileExtension());
        return true;
    }

    /** By exporter id first, then by file extension; case does not matter. */
    private Exporter exporter(String format) {
        String wanted = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        List<Exporter> all = exporters.all();
        return all.stream().filter(e -> e.id().equalsIgnoreCase(wanted)).findFirst()
                .or(() -> all.stream().filter(e -> e.fileExtension().equalsIgnoreCase(wanted)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + format
                        + "'; installed: " + all.stream().map(Exporter::id).sorted().collect(Collectors.joining(", "))));
    }

    private ReportSource source(String kind) {
        Collection<ReportSource> present = sources.get();
        return present.stream().filter(s -> s.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown source kind '" + kind + "'; installed: "
                        + present.stream().map(ReportSource::kind).sorted().collect(Collectors.joining(", "))));
    }

    /** An extension and kind become path names: a plugin's odd value is refused rather than used. */
    private static String extension(Exporter exporter) {
        String extension = exporter.fileExtension();
        if (extension == null || !EXTENSION.matcher(extension).matches()) {
            throw new IllegalStateException("exporter '" + exporter.id() + "' gives an unusable file extension '"
                    + extension + "' (lower-case letters and digits, at most two dots)");
        }
        return extension;
    }

    static boolean validKind(String kind) {
        return kind != null && KIND.matcher(kind).matches();
    }
}
