package io.batterylab.monitor.broker;

import java.util.Locale;

/** Reads the typed values of monitoring settings, each error naming the setting and what it got. */
public final class ConfigValues {
    public static final int MAX_PORT = 65_535;

    private ConfigValues() {
    }

    /**
     * @param value the setting's text, or null when it is not set
     * @throws IllegalArgumentException naming {@code key} when the value is not a whole number
     */
    public static long wholeNumber(String key, String value, long defaultValue) {
        try {
            return value == null ? defaultValue : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got " + value);
        }
    }

    /**
     * A TCP port; 0 takes a free one.
     *
     * @throws IllegalArgumentException naming {@code key} when the value is not a whole number from 0 to 65535
     */
    public static int port(String key, String value, int defaultValue) {
        long port = wholeNumber(key, value, defaultValue);
        checkPort(key, port);
        return (int) port;
    }

    /** @throws IllegalArgumentException naming {@code key} when the port is not 0 to 65535 */
    public static void checkPort(String key, long port) {
        if (port < 0 || port > MAX_PORT) {
            throw new IllegalArgumentException(key + " must be 0 to " + MAX_PORT + ", got " + port);
        }
    }

    /** @throws IllegalArgumentException naming {@code key} when the value is neither true nor false */
    public static boolean flag(String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, got " + value);
        };
    }
}
