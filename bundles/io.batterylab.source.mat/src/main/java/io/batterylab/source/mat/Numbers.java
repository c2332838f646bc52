package io.batterylab.source.mat;

/** Numbers from a .mat file as a person reads them in a message. */
final class Numbers {
    private Numbers() {
    }

    static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE;
    }

    /** "1852" rather than "1852.0"; other values as Java writes them. */
    static String show(double value) {
        return isWhole(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
