package io.batterylab.source.table;

import java.util.Locale;

/** Byte counts for people: "100 MiB" rather than "104857600 bytes". */
public final class ByteSizes {
    private static final String[] UNITS = { "bytes", "KiB", "MiB", "GiB", "TiB" };

    private ByteSizes() {
    }

    public static String describe(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        if (unit == 0) {
            return bytes + " bytes";
        }
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%d %s", (long) value, UNITS[unit])
                : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
