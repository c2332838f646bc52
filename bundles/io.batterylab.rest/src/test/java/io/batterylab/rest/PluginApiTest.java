package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.plugins.BundleInfo;
import io.batterylab.plugins.FolderBundle;
import io.batterylab.plugins.InstalledPlugin;
import io.batterylab.plugins.PluginCatalog;
import io.batterylab.plugins.PluginFolder;
import io.batterylab.plugins.PluginInventory;
import io.batterylab.plugins.PluginKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** GET /api/plugins: the catalogue's plugins by kind and the plugins folder's problems, read only. */
class PluginApiTest extends RestFixture {
    private static final BundleInfo RIDGE_BUNDLE = new BundleInfo("com.example.ridge", "1.0.0", "Example Lab", "ACTIVE",
            "ridge.jar");
    private static final PluginInventory INVENTORY = new PluginInventory(List.of(
            new InstalledPlugin(PluginKind.ALGORITHM, "example.ridge", "Ridge", "1.0", RIDGE_BUNDLE),
            new InstalledPlugin(PluginKind.DATA_SOURCE, "csv", "CSV", "1.0.0.v1",
                    new BundleInfo("io.batterylab.source.csv", "1.0.0.v1", "BatteryLab", "ACTIVE", null))),
            List.of(new FolderBundle("ridge.jar", RIDGE_BUNDLE, null),
                    new FolderBundle("broken.jar", new BundleInfo("com.example.broken", "1.0.0", null, "INSTALLED",
                            "broken.jar"), "cannot resolve: missing package org.example.gone any version")),
            Path.of("/srv/plugins"));

    @Override
    PluginCatalog plugins() {
        return new PluginCatalog() {
            @Override
            public PluginInventory inventory() {
                return INVENTORY;
            }

            @Override
            public Optional<PluginFolder> folder() {
                return Optional.of(new PluginFolder(INVENTORY.folder()));
            }
        };
    }

    @Test
    void givenPluginsWhenListedThenEachHasKindVersionAndBundleAndTheBrokenJarItsReason() throws Exception {
        JsonNode body = json(get("/api/plugins", userToken("alice")));

        assertEquals(2, body.get("items").size());
        JsonNode ridge = body.get("items").get(0);
        assertEquals("algorithm", ridge.get("kind").asText());
        assertEquals("example.ridge", ridge.get("id").asText());
        assertEquals("Ridge", ridge.get("name").asText());
        assertEquals("Example Lab", ridge.get("bundle").get("vendor").asText());
        assertEquals("ridge.jar", ridge.get("bundle").get("file").asText());
        assertTrue(body.get("items").get(1).get("bundle").get("file").isNull(), "a built-in plugin has no file");
        JsonNode broken = body.get("pluginFolder").get(1);
        assertEquals("INSTALLED", broken.get("bundle").get("state").asText());
        assertEquals("cannot resolve: missing package org.example.gone any version", broken.get("problem").asText());
        assertTrue(body.toString().indexOf("/srv/plugins") < 0, "the server's paths are not shown");
    }

    @Test
    void givenAKindWhenListedThenOnlyThatKindAndAnUnknownKindIs400() throws Exception {
        String token = userToken("alice");

        JsonNode sources = json(get("/api/plugins?kind=data-source", token));

        assertEquals(1, sources.get("items").size());
        assertEquals("csv", sources.get("items").get(0).get("id").asText());
        assertError(400, "invalid_kind", get("/api/plugins?kind=algorithms", token));
        assertError(401, "unauthorized", get("/api/plugins", null));
    }
}
