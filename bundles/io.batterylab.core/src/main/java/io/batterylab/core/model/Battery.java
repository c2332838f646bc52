package io.batterylab.core.model;

/**
 * A cell and its metadata.
 *
 * @param id database id
 * @param ownerId the owning user's id; null for built-in cells, which every user sees
 * @param name display name (e.g. barcode); never used as a storage name
 * @param source built-in or upload
 * @param uploadId the upload this battery came from, null for built-in cells
 * @param split optional split label (e.g. train, test, secondary_test)
 * @param nominalCapacityAh nominal capacity in Ah, NaN when unknown
 * @param chargingPolicy optional charging policy, e.g. "5.4C(40%)-3.6C"
 * @param cycleLife cycles to end of life, null when unknown
 * @param cycleCount number of stored cycle rows
 * @param synthetic true for generated data, which is labelled as such everywhere
 */
public record Battery(long id, Long ownerId, String name, BatterySource source, Long uploadId, String split,
        double nominalCapacityAh, String chargingPolicy, Integer cycleLife, int cycleCount, boolean synthetic) {

    public boolean isBuiltIn() {
        return source == BatterySource.BUILT_IN;
    }

    /** Name for lists: the display name, marked when the data are synthetic. */
    public String label() {
        return synthetic ? name + " (synthetic)" : name;
    }
}
