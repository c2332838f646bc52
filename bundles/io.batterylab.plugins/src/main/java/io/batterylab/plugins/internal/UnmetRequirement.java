package io.batterylab.plugins.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A requirement of a bundle that no installed bundle satisfies, as the framework declares it.
 *
 * @param namespace e.g. osgi.wiring.package, osgi.wiring.bundle, osgi.extender, osgi.ee
 * @param filter the requirement's filter directive
 */
record UnmetRequirement(String namespace, String filter) {
    static final String PACKAGE = "osgi.wiring.package";
    static final String BUNDLE = "osgi.wiring.bundle";

    /** The name the requirement asks for in its own namespace (a package or bundle name), or null. */
    String name() {
        Matcher m = Pattern.compile("\\(" + Pattern.quote(namespace) + "=([^)]+)\\)").matcher(filter == null ? "" : filter);
        return m.find() ? m.group(1).trim() : null;
    }

    VersionRange range() {
        return VersionRange.ofFilter(filter);
    }
}
