package io.batterylab.core.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Exports of a user's items (a test job's results, a training job's comparison) as files in the formats of the
 * installed exporters. Every method takes the acting user's id; other users' exports do not exist for it.
 */
public interface ExportService {
    /** The installed formats, by display name; a new exporter bundle appears here without any other change. */
    List<ExportFormat> formats();

    /** The installed report source kinds, e.g. {@code training-job}, {@code test-job}. */
    List<String> sourceKinds();

    /**
     * Writes the report of the user's item in the format (an exporter id or a file extension) and stores it; an
     * earlier export of the same item in the same format is replaced. A failed export leaves no file and no record.
     *
     * @return empty when the user has no such item
     * @throws IllegalArgumentException naming an unknown format or source kind
     * @throws IllegalStateException when the item has nothing to report yet (the message says why)
     * @throws IOException when the file cannot be written
     */
    Optional<ExportRecord> create(long userId, String sourceKind, long sourceId, String format) throws IOException;

    /** The user's exports, newest first. */
    List<ExportRecord> list(long userId);

    Optional<ExportRecord> find(long userId, long exportId);

    /**
     * The stored file of the user's export, to be closed by the caller; empty when there is no such export.
     *
     * @throws IOException when the record exists but its file cannot be read
     */
    Optional<InputStream> open(long userId, long exportId) throws IOException;

    /** Deletes the record and its file; false when the user has no such export. */
    boolean delete(long userId, long exportId) throws IOException;
}
