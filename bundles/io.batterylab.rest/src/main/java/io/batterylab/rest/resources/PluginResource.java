package io.batterylab.rest.resources;

import io.batterylab.plugins.BundleInfo;
import io.batterylab.plugins.FolderBundle;
import io.batterylab.plugins.InstalledPlugin;
import io.batterylab.plugins.PluginCatalog;
import io.batterylab.plugins.PluginInventory;
import io.batterylab.plugins.PluginKind;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Param;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The installed plugins of every kind and the jars of the plugins folder with their problems. Read only: plugins
 * are installed by whoever may write to the server's plugins folder, never over the network.
 */
public final class PluginResource implements ApiResource {
    private final Supplier<PluginCatalog> catalog;

    public PluginResource(Supplier<PluginCatalog> catalog) {
        this.catalog = catalog;
    }

    /** @param file the jar's name in the plugins folder; null for a plugin built into BatteryLab */
    public record BundleView(String symbolicName, String version, String vendor, String state, String file) {
        static BundleView of(BundleInfo b) {
            return b == null ? null : new BundleView(b.symbolicName(), b.version(), b.vendor(), b.state(), b.file());
        }
    }

    public record PluginView(String kind, String id, String name, String version, BundleView bundle) {
    }

    /** @param problem why the jar contributes nothing (a missing package and its version, ...); null when resolved */
    public record FolderBundleView(String file, BundleView bundle, String problem) {
    }

    /** @param pluginFolder every jar in the server's plugins folder, including those that could not be resolved */
    public record PluginList(List<PluginView> items, List<FolderBundleView> pluginFolder) {
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("GET", "/api/plugins", "listPlugins").tag("plugins")
                .summary("Installed plugins by kind with versions and bundles, and the plugins folder's jars with "
                        + "the reason each unresolved one contributes nothing")
                .param(Param.query("kind", "string", "only plugins of this kind: " + kinds()))
                .returns(200, "The plugins, by kind then id", PluginList.class)
                .error(400, "Unknown kind")
                .error(503, "No plugin catalogue is installed on this server")
                .handle(call -> Reply.ok(list(call.query("kind"))));
    }

    private PluginList list(Optional<String> kindKey) {
        Optional<PluginKind> kind = kindKey.map(k -> Arrays.stream(PluginKind.values())
                .filter(v -> v.key().equals(k)).findFirst().orElseThrow(() -> ApiException.badRequest("invalid_kind",
                        "kind: unknown plugin kind '" + k + "'; known: " + kinds())));
        PluginCatalog plugins = catalog.get();
        if (plugins == null) {
            throw new ApiException(503, "service_unavailable", "the plugin catalogue is not installed or not started");
        }
        PluginInventory inventory = plugins.inventory();
        List<InstalledPlugin> items = kind.map(inventory::of).orElse(inventory.plugins());
        return new PluginList(items.stream().map(PluginResource::view).toList(),
                inventory.folderBundles().stream().map(PluginResource::view).toList());
    }

    private static PluginView view(InstalledPlugin p) {
        return new PluginView(p.kind().key(), p.id(), p.displayName(), p.version(), BundleView.of(p.bundle()));
    }

    private static FolderBundleView view(FolderBundle b) {
        return new FolderBundleView(b.file(), BundleView.of(b.bundle()), b.problem());
    }

    private static String kinds() {
        return Arrays.stream(PluginKind.values()).map(PluginKind::key).collect(Collectors.joining(", "));
    }
}
