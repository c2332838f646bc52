package io.batterylab.core.service;

import java.time.Instant;

/**
 * A stored export of one user: the file an exporter wrote for one report source item, kept under
 * {@code data/{userId}/exports/{sourceKind}/{sourceId}/result.{fileExtension}} until deleted.
 *
 * @param sourceKind the {@link ReportSource#kind()} it was made from, e.g. {@code training-job}
 * @param format the exporter's id, e.g. {@code xlsx}
 * @param fileName the name offered on download, e.g. {@code training-job-12.xlsx}; letters, digits, dot, dash only
 * @param sizeBytes the file's size
 */
public record ExportRecord(long id, long userId, String sourceKind, long sourceId, String format, String fileExtension,
        String mediaType, String fileName, long sizeBytes, Instant createdAt) {
}
