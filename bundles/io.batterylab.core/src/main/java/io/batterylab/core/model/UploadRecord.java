package io.batterylab.core.model;

import java.time.Instant;

/**
 * One accepted upload. Its file is stored as data/{userId}/uploads/{id}/ under its id; the original
 * file name is for display only.
 */
public record UploadRecord(long id, long userId, String originalFileName, String dataSourceId, Instant createdAt,
        int batteryCount, int rowCount, ValidationReport report) {
}
