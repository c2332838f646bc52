package io.batterylab.source.table;

/**
 * How a tabular file is read beyond its header.
 *
 * @param decimalComma whether "1,5" means 1.5 (semicolon-separated CSV written by a European Excel)
 * @param singleBattery the battery every row belongs to, for files that hold one battery and no
 *        battery-id column (e.g. per-cycle summaries named after the cell); null to read the column
 * @param defaultNominalCapacityAh nominal capacity for deriving PCL from capacity when the file gives none
 */
public record TableOptions(boolean decimalComma, String singleBattery, double defaultNominalCapacityAh) {
    /** Nominal capacity of the A123 APR18650M1A cells of Severson et al. */
    public static final double SEVERSON_NOMINAL_CAPACITY_AH = 1.1;

    public static TableOptions defaults() {
        return new TableOptions(false, null, SEVERSON_NOMINAL_CAPACITY_AH);
    }

    public TableOptions withDecimalComma(boolean comma) {
        return new TableOptions(comma, singleBattery, defaultNominalCapacityAh);
    }

    public TableOptions withSingleBattery(String name) {
        return new TableOptions(decimalComma, name, defaultNominalCapacityAh);
    }
}
