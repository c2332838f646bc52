package io.batterylab.plugins;

/**
 * The OSGi bundle behind a plugin or found in the plugins folder.
 *
 * @param state INSTALLED (not resolved), RESOLVED, STARTING, ACTIVE, STOPPING or UNINSTALLED
 * @param file the jar's file name when it came from the plugins folder, else null (built in)
 */
public record BundleInfo(String symbolicName, String version, String vendor, String state, String file) {
    public boolean fromPluginFolder() {
        return file != null;
    }
}
