package io.batterylab.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.ModelArchiveException;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.storage.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of a model version under {@code data/{user}/models/{id}/}: whatever the algorithm's model saved, plus
 * {@value #METADATA} with everything needed to know where it came from (algorithm, settings, cells, metrics). An
 * archive is a zip of that directory.
 */
public final class ModelVersionFiles {
    private static final Logger LOG = LoggerFactory.getLogger(ModelVersionFiles.class);
    public static final String METADATA = "model-version.json";
    /** Name prefix of the directories of model versions being written. */
    public static final String INCOMING = ".incoming-";
    /** The prefix of a directory found where a new model version goes, moved aside (see {@link #place}). */
    static final String ORPHANED = ".orphaned-";
    static final int FORMAT = 1;
    /** Upper bounds for an imported archive: a model of the built-in algorithms is a few MB. */
    static final long MAX_ARCHIVE_BYTES = 1L << 30;
    static final int MAX_ENTRIES = 1000;

    /**
     * What {@value #METADATA} holds. A model version of one target keeps its model's files in its directory; one of
     * both targets keeps each target's model in a subdirectory named by the target's key ({@code rul/}, {@code pcl/}).
     *
     * @param target RUL, PCL or BOTH
     * @param settings the run's settings record as JSON object
     * @param cells names and sources of the cells, for people (ids are in the dataset)
     * @param validation validation metrics of the first target (as written before "both" existed)
     * @param test test metrics of the first target (as written before "both" existed)
     * @param validationByTarget validation metrics per target; null in files written before "both" existed
     * @param testByTarget test metrics per target; null in files written before "both" existed
     */
    public record Metadata(int format, String algorithmId, String algorithmVersion, TargetChoice target,
            List<Feature> features, JsonNode settings, DatasetSelection dataset, List<CellRef> cells, Metrics validation,
            Metrics test, Instant createdAt, Long sourceRunId, Map<Target, Metrics> validationByTarget,
            Map<Target, Metrics> testByTarget) {

        /** Per target: what the file says, or for an older file of one target its single metrics. */
        Map<Target, Metrics> validationPerTarget() {
            return validationByTarget != null ? validationByTarget : first(validation);
        }

        Map<Target, Metrics> testPerTarget() {
            return testByTarget != null ? testByTarget : first(test);
        }

        /** The same model version, not linked to a run of this database (imported). */
        Metadata imported() {
            return new Metadata(format, algorithmId, algorithmVersion, target, features, settings, dataset, cells,
                    validation, test, createdAt, null, validationByTarget, testByTarget);
        }

        private Map<Target, Metrics> first(Metrics metrics) {
            return metrics == null ? Map.of() : Map.of(target.targets().get(0), metrics);
        }
    }

    /** Where the model of one target of a model version lies in its directory. */
    static Path modelDirectory(Path versionDirectory, TargetChoice choice, Target target) {
        if (!choice.includes(target)) {
            throw new IllegalArgumentException("the model version predicts " + choice.key() + ", not " + target.key());
        }
        return choice == TargetChoice.BOTH ? versionDirectory.resolve(target.key()) : versionDirectory;
    }

    /** A cell a model was trained, validated or tested on. */
    public record CellRef(long id, String name, String source, Long uploadId, String role) {
    }

    private ModelVersionFiles() {
    }

    /**
     * A fresh private directory next to the model directories, for files not yet given an id.
     *
     * @param writer who fills it, e.g. {@code run-12}: what a killed writer left can be found by this name
     */
    static Path incoming(Path modelsRoot, String writer) throws IOException {
        Files.createDirectories(modelsRoot);
        return Files.createDirectory(modelsRoot.resolve(INCOMING + writer + "-" + UUID.randomUUID()));
    }

    /** Removes the incoming directories a writer left (it was killed before it could clean up). */
    static void deleteIncoming(Path modelsRoot, String writer) {
        if (!Files.isDirectory(modelsRoot)) {
            return;
        }
        try (Stream<Path> entries = Files.list(modelsRoot)) {
            entries.filter(p -> p.getFileName().toString().startsWith(INCOMING + writer + "-"))
                    .forEach(ModelVersionFiles::deleteTree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + modelsRoot, e);
        }
    }

    static void writeMetadata(Path directory, Metadata metadata) throws IOException {
        Json.MAPPER.writeValue(directory.resolve(METADATA).toFile(), metadata);
    }

    static Metadata readMetadata(Path directory) throws IOException {
        Path file = directory.resolve(METADATA);
        if (!Files.isRegularFile(file)) {
            throw new ModelArchiveException("not a model version: " + METADATA + " is missing");
        }
        Metadata metadata;
        try {
            metadata = Json.MAPPER.readValue(file.toFile(), Metadata.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new ModelArchiveException(METADATA + " is not the JSON of a model version", e);
        }
        if (metadata.format() != FORMAT || metadata.algorithmId() == null || metadata.target() == null
                || metadata.features() == null || metadata.features().isEmpty() || metadata.dataset() == null) {
            throw new ModelArchiveException(METADATA + " is incomplete or of an unknown format " + metadata.format());
        }
        return metadata;
    }

    static ModelVersion toModelVersion(long userId, Metadata m) {
        return new ModelVersion(0, userId, m.sourceRunId(), m.algorithmId(), m.algorithmVersion(), m.target(),
                m.features(), Json.write(m.settings()), m.dataset(), m.validationPerTarget(), m.testPerTarget(),
                m.createdAt());
    }

    /**
     * Moves a finished incoming directory to the directory of its new id. The database has just given that id, so a
     * directory already there belongs to no model version of this database (a database deleted or switched while
     * the workspace kept its files): it is moved aside to {@code .orphaned-<id>-<random>} beside it, not deleted,
     * and not overwritten.
     */
    static Path place(Path incoming, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Path aside = target.resolveSibling(ORPHANED + target.getFileName() + "-" + UUID.randomUUID());
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            LOG.warn("Model directory {} belonged to no model version of this database (was the database deleted or"
                    + " switched?); moved it to {} and put the new model version {} in its place", target, aside,
                    target.getFileName());
        }
        return Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
    }

    static void export(Path directory, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(directory.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    /** Unpacks an archive into an empty directory, refusing entries that leave it and archives that are too large. */
    static void unpack(InputStream in, Path directory) throws IOException {
        try {
            unpackEntries(in, directory);
        } catch (java.util.zip.ZipException e) {
            throw new ModelArchiveException("not a readable zip archive: " + e.getMessage(), e);
        }
    }

    private static void unpackEntries(InputStream in, Path directory) throws IOException {
        long total = 0;
        int entries = 0;
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (++entries > MAX_ENTRIES) {
                throw new ModelArchiveException("archive has more than " + MAX_ENTRIES + " entries");
            }
            Path file = directory.resolve(entry.getName()).normalize();
            if (!file.startsWith(directory) || file.equals(directory)) {
                throw new ModelArchiveException("archive entry leaves the model directory: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(file);
                continue;
            }
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[65536];
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_ARCHIVE_BYTES) {
                        throw new ModelArchiveException("archive unpacks to more than " + (MAX_ARCHIVE_BYTES >> 20) + " MB");
                    }
                    out.write(buffer, 0, n);
                }
            }
        }
        if (entries == 0) {
            throw new ModelArchiveException("not a zip archive, or an empty one");
        }
    }

    static void deleteTree(Path root) {
        try {
            FileTrees.delete(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
