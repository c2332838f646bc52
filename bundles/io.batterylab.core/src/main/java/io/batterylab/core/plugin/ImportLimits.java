package io.batterylab.core.plugin;

/**
 * Bounds a data source enforces while reading, so a huge or hostile file is rejected early.
 *
 * @param maxBytes largest accepted file
 * @param maxRows largest accepted number of cycle rows
 */
public record ImportLimits(long maxBytes, int maxRows) {
    public static ImportLimits defaults() {
        return new ImportLimits(100L * 1024 * 1024, 2_000_000);
    }
}
