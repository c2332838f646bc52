package io.batterylab.core.model;

/**
 * Criteria for listing batteries; null fields match everything.
 *
 * @param nameContains case-insensitive part of the display name
 * @param split exact split label
 * @param policyContains case-insensitive part of the charging policy
 * @param source built-in or uploaded only
 * @param uploadId batteries of one upload only
 */
public record BatteryFilter(String nameContains, String split, String policyContains, BatterySource source, Long uploadId) {
    public static BatteryFilter all() {
        return new BatteryFilter(null, null, null, null, null);
    }
}
