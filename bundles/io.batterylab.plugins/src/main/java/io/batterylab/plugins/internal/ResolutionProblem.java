package io.batterylab.plugins.internal;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts into words why a bundle does not resolve, from the requirements nothing satisfies: which package or bundle
 * and which version is missing, and, for BatteryLab's own core packages, that the plugin was built against another
 * major version of the core, which this BatteryLab refuses.
 */
final class ResolutionProblem {
    static final String CORE_PACKAGES = "io.batterylab.core";

    private ResolutionProblem() {
    }

    /**
     * @param exported the versions in which a package is exported by installed bundles (empty when by none)
     * @param coreVersion the version of this BatteryLab's core packages, e.g. "1.0.0"
     */
    static String describe(List<UnmetRequirement> unmet, Function<String, List<String>> exported, String coreVersion) {
        if (unmet.isEmpty()) {
            return "does not resolve, although each of its requirements has a provider: one of those providers "
                    + "does not resolve itself (see the other plugins' problems)";
        }
        List<String> core = unmet.stream().filter(ResolutionProblem::isCorePackage)
                .filter(r -> !exported.apply(r.name()).isEmpty()).map(UnmetRequirement::range)
                .filter(r -> r.lowerMajor() != VersionRange.major(coreVersion)).map(r -> r.lowerMajor() + ".x")
                .distinct().toList();
        String details = unmet.stream().map(r -> words(r, exported)).collect(Collectors.joining("; "));
        if (!core.isEmpty()) {
            return "built against BatteryLab core " + String.join(", ", core) + ", but this BatteryLab's core is "
                    + coreVersion + ": incompatible major version, the plugin needs a build against core "
                    + VersionRange.major(coreVersion) + ".x (" + details + ")";
        }
        return "cannot resolve: " + details;
    }

    private static boolean isCorePackage(UnmetRequirement r) {
        return UnmetRequirement.PACKAGE.equals(r.namespace()) && r.name() != null
                && (r.name().equals(CORE_PACKAGES) || r.name().startsWith(CORE_PACKAGES + "."));
    }

    private static String words(UnmetRequirement r, Function<String, List<String>> exported) {
        String name = r.name();
        if (name == null) {
            return "requirement " + r.namespace() + " " + r.filter() + " is not met";
        }
        if (UnmetRequirement.PACKAGE.equals(r.namespace())) {
            List<String> present = exported.apply(name);
            return "missing package " + name + " " + r.range()
                    + (present.isEmpty() ? " (no installed bundle exports it)"
                            : " (installed: " + String.join(", ", present) + ")");
        }
        if (UnmetRequirement.BUNDLE.equals(r.namespace())) {
            return "missing bundle " + name + " " + r.range();
        }
        return "missing " + r.namespace() + " capability " + name + " " + r.range();
    }
}
