package io.batterylab.source.xlsx;

import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Shows a numeric cell as the number it stores, whatever its display format: every digit of
 * 0.016742354 even in a cell formatted "0.00", a date as its serial number, and a whole number
 * without the ".0" that POI-written files carry ("-3", not "-3.0"; battery 7 is "7").
 */
final class StoredNumbers extends DataFormatter {
    /** Beyond this a double no longer holds every whole number exactly. */
    private static final double LARGEST_EXACT_WHOLE = 1e15;

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_WHOLE) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
