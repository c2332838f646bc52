package io.batterylab.plugins.internal;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.core.plugin.DataSourceRegistry;
import io.batterylab.core.plugin.DeviceConnectorRegistry;
import io.batterylab.core.plugin.ExporterRegistry;
import io.batterylab.core.plugin.Plugin;
import io.batterylab.core.plugin.PluginRegistry;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.plugins.FolderBundle;
import io.batterylab.plugins.InstalledPlugin;
import io.batterylab.plugins.PluginCatalog;
import io.batterylab.plugins.PluginFolder;
import io.batterylab.plugins.PluginInventory;
import io.batterylab.plugins.PluginKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * OSGi glue: the plugins of the five registries with their bundles, and the jars of the watched plugins folder
 * ({@code felix.fileinstall.dir}, set by the start scripts to {home}/plugins) with why each that does not resolve
 * contributes nothing.
 */
@Component(service = PluginCatalog.class)
public final class PluginCatalogComponent implements PluginCatalog {
    /** The framework property that names the watched folder; the start scripts set it. */
    public static final String FOLDER_PROPERTY = "felix.fileinstall.dir";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AlgorithmRegistry algorithms;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DataSourceRegistry dataSources;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ExporterRegistry exporters;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DetectorRegistry detectors;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DeviceConnectorRegistry deviceConnectors;

    private final BundleContext context;
    private final PluginFolder folder;
    private final BundleFacts facts;

    @Activate
    public PluginCatalogComponent(BundleContext context) {
        this.context = context;
        String dir = context.getProperty(FOLDER_PROPERTY);
        this.folder = dir == null || dir.isBlank() ? null : new PluginFolder(Path.of(dir));
        this.facts = new BundleFacts(context, folder);
    }

    @Override
    public Optional<PluginFolder> folder() {
        return Optional.ofNullable(folder);
    }

    @Override
    public PluginInventory inventory() {
        List<InstalledPlugin> plugins = new ArrayList<>();
        add(plugins, PluginKind.ALGORITHM, algorithms);
        add(plugins, PluginKind.DATA_SOURCE, dataSources);
        add(plugins, PluginKind.EXPORTER, exporters);
        add(plugins, PluginKind.DETECTOR, detectors);
        add(plugins, PluginKind.DEVICE_CONNECTOR, deviceConnectors);
        plugins.sort(Comparator.comparing(InstalledPlugin::kind).thenComparing(InstalledPlugin::id));
        List<FolderBundle> inFolder = folder == null ? List.of()
                : new FolderScan(folder, facts, List.of(context.getBundles()), coreVersion()).scan();
        return new PluginInventory(plugins, inFolder, folder == null ? null : folder.directory());
    }

    private void add(List<InstalledPlugin> into, PluginKind kind, PluginRegistry<? extends Plugin> registry) {
        if (registry == null) {
            return;
        }
        for (Plugin plugin : registry.all()) {
            Bundle bundle = FrameworkUtil.getBundle(plugin.getClass());
            var info = facts.info(bundle);
            String version = plugin instanceof Algorithm a ? a.version()
                    : plugin instanceof Detector d ? d.version() : info.version();
            into.add(new InstalledPlugin(kind, plugin.id(), plugin.displayName(), version, info));
        }
    }

    /** The version of the core's plugin API package, which every plugin imports. */
    private String coreVersion() {
        List<String> versions = facts.exported(Plugin.class.getPackageName());
        return versions.isEmpty() ? "1.0.0" : versions.get(0);
    }
}
