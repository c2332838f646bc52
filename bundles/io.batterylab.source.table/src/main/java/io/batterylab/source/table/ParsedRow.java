package io.batterylab.source.table;

/**
 * One valid data row, read into numbers.
 *
 * @param row the row number for messages
 * @param features indexed by {@link io.batterylab.core.model.Feature#ordinal()}, NaN for missing
 * @param rul NaN when unknown
 * @param pcl NaN when unknown
 * @param nominalCapacityAh NaN when unknown
 */
record ParsedRow(int row, String battery, int cycle, double[] features, double rul, double pcl,
        double nominalCapacityAh) {
}
