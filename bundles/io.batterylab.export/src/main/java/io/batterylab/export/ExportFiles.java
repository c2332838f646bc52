package io.batterylab.export;

import io.batterylab.storage.StorageConfig;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where exports live: {@code data/{user}/exports/{kind}/{id}/result.{ext}}, named by ids and the source kind only
 * (never by user text). Directories left empty by a failed or deleted export are removed up to {@code exports/}.
 */
final class ExportFiles {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExportFiles.class);
    private final StorageConfig storage;

    ExportFiles(StorageConfig storage) {
        this.storage = storage;
    }

    Path directory(long userId, String kind, long sourceId) {
        if (!DefaultExportService.validKind(kind)) {
            throw new IllegalStateException("report source kind '" + kind + "' cannot name a directory "
                    + "(lower-case letters, digits and dashes)");
        }
        if (sourceId < 0) {
            throw new IllegalArgumentException("source id must not be negative: " + sourceId);
        }
        return exportsRoot(userId).resolve(kind).resolve(Long.toString(sourceId));
    }

    Path result(long userId, String kind, long sourceId, String extension) {
        return directory(userId, kind, sourceId).resolve("result." + extension);
    }

    /** A new private file to write an export into, beside where it will be filed. */
    Path incoming(long userId, String kind, long sourceId) throws IOException {
        Path directory = Files.createDirectories(directory(userId, kind, sourceId));
        return Files.createTempFile(directory, ".incoming-", ".part");
    }

    static void moveIntoPlace(Path incoming, Path result) throws IOException {
        try {
            Files.move(incoming, result, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(incoming, result, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes a file that was not filed, and its directories if nothing else is in them. */
    void discard(long userId, Path incoming) {
        try {
            Files.deleteIfExists(incoming);
            pruneEmpty(userId, incoming.getParent());
        } catch (IOException e) {
            // The original failure is what the caller reports; a leftover .incoming- file is harmless and named so.
            LOG.warn("cannot remove the unfinished export {}: {}", incoming, e.getMessage());
        }
    }

    void delete(long userId, String kind, long sourceId, String extension) throws IOException {
        Path file = result(userId, kind, sourceId, extension);
        Files.deleteIfExists(file);
        pruneEmpty(userId, file.getParent());
    }

    /** Deletes the directory and its parents up to {@code exports/} while they are empty. */
    private void pruneEmpty(long userId, Path directory) throws IOException {
        Path root = exportsRoot(userId);
        for (Path d = directory; d != null && d.startsWith(root); d = d.getParent()) {
            try {
                Files.deleteIfExists(d);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    private Path exportsRoot(long userId) {
        return storage.userDirectory(userId).resolve("exports");
    }
}
