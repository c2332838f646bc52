package io.batterylab.plugins.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version range an OSGi requirement filter asks for, read back from the filter the framework builds
 * ({@code (&(osgi.wiring.package=x)(version>=1.0.0)(!(version>=2.0.0)))}); null bounds are open.
 */
record VersionRange(String lower, boolean lowerInclusive, String upper, boolean upperInclusive) {
    private static final Pattern BOUND = Pattern.compile("(\\(!)?\\(version(>=|<=|=)([^)]+)\\)");
    static final VersionRange ANY = new VersionRange(null, true, null, false);

    static VersionRange ofFilter(String filter) {
        VersionRange range = ANY;
        Matcher m = BOUND.matcher(filter == null ? "" : filter);
        while (m.find()) {
            boolean not = m.group(1) != null;
            String version = m.group(3).trim();
            range = switch (m.group(2)) {
                case ">=" -> not ? range.withUpper(version, false) : range.withLower(version, true);
                case "<=" -> not ? range.withLower(version, false) : range.withUpper(version, true);
                default -> new VersionRange(version, true, version, true);
            };
        }
        return range;
    }

    private VersionRange withLower(String version, boolean inclusive) {
        return new VersionRange(version, inclusive, upper, upperInclusive);
    }

    private VersionRange withUpper(String version, boolean inclusive) {
        return new VersionRange(lower, lowerInclusive, version, inclusive);
    }

    boolean isAny() {
        return lower == null && upper == null;
    }

    boolean includes(String version) {
        if (lower != null) {
            int c = compare(version, lower);
            if (c < 0 || c == 0 && !lowerInclusive) {
                return false;
            }
        }
        if (upper != null) {
            int c = compare(version, upper);
            return c < 0 || c == 0 && upperInclusive;
        }
        return true;
    }

    /** The major version of the lower bound (0 when open). */
    int lowerMajor() {
        return lower == null ? 0 : major(lower);
    }

    static int major(String version) {
        return part(version.split("\\."), 0);
    }

    /** Compares major, minor and micro numerically (the qualifier does not decide compatibility). */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(part(x, i), part(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int part(String[] parts, int i) {
        try {
            return i < parts.length ? Integer.parseInt(parts[i].trim()) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public String toString() {
        if (isAny()) {
            return "any version";
        }
        if (lower != null && lower.equals(upper)) {
            return "version " + lower;
        }
        if (upper == null) {
            return "version " + lower + " or newer";
        }
        return "version " + (lowerInclusive ? "[" : "(") + (lower == null ? "0" : lower) + "," + upper
                + (upperInclusive ? "]" : ")");
    }
}
