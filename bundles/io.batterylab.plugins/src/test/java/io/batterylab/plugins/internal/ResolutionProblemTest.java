package io.batterylab.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolutionProblemTest {
    private static final Map<String, List<String>> EXPORTED = Map.of("io.batterylab.core.training", List.of("1.0.0"),
            "org.apache.commons.math3.linear", List.of("3.6.1"));

    private static String describe(UnmetRequirement... unmet) {
        return ResolutionProblem.describe(List.of(unmet), n -> EXPORTED.getOrDefault(n, List.of()), "1.0.0");
    }

    private static UnmetRequirement pkg(String name, String range) {
        return new UnmetRequirement("osgi.wiring.package", "(&(osgi.wiring.package=" + name + ")" + range + ")");
    }

    @Test
    void givenAMissingPackageWhenDescribedThenItNamesThePackageAndVersion() {
        String reason = describe(pkg("org.example.missing", "(version>=2.1.0)(!(version>=3.0.0))"));

        assertEquals("cannot resolve: missing package org.example.missing version [2.1.0,3.0.0) "
                + "(no installed bundle exports it)", reason);
    }

    @Test
    void givenAPackageInTheWrongVersionWhenDescribedThenItSaysWhichVersionIsInstalled() {
        String reason = describe(pkg("org.apache.commons.math3.linear", "(version>=4.0.0)"));

        assertEquals("cannot resolve: missing package org.apache.commons.math3.linear version 4.0.0 or newer "
                + "(installed: 3.6.1)", reason);
    }

    @Test
    void givenAPluginBuiltAgainstCore2WhenDescribedThenItIsRefusedAsAnIncompatibleMajorVersion() {
        String reason = describe(pkg("io.batterylab.core.training", "(version>=2.0.0)(!(version>=3.0.0))"));

        assertTrue(reason.startsWith("built against BatteryLab core 2.x, but this BatteryLab's core is 1.0.0: "
                + "incompatible major version, the plugin needs a build against core 1.x"), reason);
        assertTrue(reason.contains("io.batterylab.core.training version [2.0.0,3.0.0) (installed: 1.0.0)"), reason);
    }

    @Test
    void givenACorePackageThatDoesNotExistWhenDescribedThenItIsAMissingPackageNotAVersionClash() {
        String reason = describe(pkg("io.batterylab.core.future", "(version>=1.0.0)(!(version>=2.0.0))"));

        assertFalse(reason.contains("major"), reason);
        assertTrue(reason.contains("missing package io.batterylab.core.future"), reason);
    }

    @Test
    void givenAMissingBundleAndExtenderWhenDescribedThenBothAreNamed() {
        String reason = describe(new UnmetRequirement("osgi.wiring.bundle", "(&(osgi.wiring.bundle=org.example.lib)(bundle-version>=1.0.0))"),
                new UnmetRequirement("osgi.extender", "(&(osgi.extender=osgi.component)(version>=1.4.0)(!(version>=2.0.0)))"));

        assertTrue(reason.contains("missing bundle org.example.lib"), reason);
        assertTrue(reason.contains("missing osgi.extender capability osgi.component version [1.4.0,2.0.0)"), reason);
    }

    @Test
    void givenNoUnmetRequirementWhenDescribedThenItPointsAtAProviderThatDoesNotResolve() {
        assertTrue(describe().contains("one of those providers does not resolve itself"));
    }
}
