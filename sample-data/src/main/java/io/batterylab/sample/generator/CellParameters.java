package io.batterylab.sample.generator;

/**
 * Everything that makes one synthetic cell: its metadata and the parameters of each part of the model.
 *
 * @param id display name, "SYN-001".."SYN-124"
 * @param split train, test or secondary_test
 * @param temperatureOffsetC the cell's own offset from the chamber (thermocouple placement, contact), degC
 * @param noiseSeed seed of the cell's measurement noise
 */
record CellParameters(String id, String split, ChargingPolicy policy, int cycleLife, CapacityFade fade,
        ResistanceGrowth resistance, double temperatureOffsetC, DqFitProxy dqFit, IncrementalCapacityCurve ic,
        long noiseSeed) {
}
