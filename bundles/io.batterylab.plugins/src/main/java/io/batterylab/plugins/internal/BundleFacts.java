package io.batterylab.plugins.internal;

import io.batterylab.plugins.BundleInfo;
import io.batterylab.plugins.PluginFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/** What the framework knows about bundles: their identity and state, and which requirements nothing satisfies. */
final class BundleFacts {
    private final BundleContext context;
    private final PluginFolder folder;

    BundleFacts(BundleContext context, PluginFolder folder) {
        this.context = context;
        this.folder = folder;
    }

    BundleInfo info(Bundle bundle) {
        return new BundleInfo(bundle.getSymbolicName(), bundle.getVersion().toString(),
                bundle.getHeaders("").get(Constants.BUNDLE_VENDOR), state(bundle.getState()),
                folder == null ? null : folder.fileOf(bundle.getLocation()));
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    /** The mandatory requirements of an unresolved bundle for which no installed bundle offers a capability. */
    List<UnmetRequirement> unmet(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        List<UnmetRequirement> unmet = new ArrayList<>();
        for (Requirement requirement : revision == null ? List.<Requirement>of() : revision.getRequirements(null)) {
            var directives = requirement.getDirectives();
            boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(directives.get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
            String effective = directives.get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
            boolean atResolve = effective == null || Namespace.EFFECTIVE_RESOLVE.equals(effective);
            if (!optional && atResolve && wiring.findProviders(requirement).isEmpty()) {
                unmet.add(new UnmetRequirement(requirement.getNamespace(),
                        directives.get(Namespace.REQUIREMENT_FILTER_DIRECTIVE)));
            }
        }
        return unmet;
    }

    /** The versions in which the installed bundles export a package. */
    List<String> exported(String packageName) {
        return Stream.of(context.getBundles()).map(b -> b.adapt(BundleRevision.class)).filter(Objects::nonNull)
                .flatMap(r -> r.getDeclaredCapabilities(BundleRevision.PACKAGE_NAMESPACE).stream())
                .filter(c -> packageName.equals(c.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE)))
                .map(c -> String.valueOf(c.getAttributes().get(Constants.VERSION_ATTRIBUTE))).distinct().toList();
    }
}
