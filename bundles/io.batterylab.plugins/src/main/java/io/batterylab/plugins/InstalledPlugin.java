package io.batterylab.plugins;

/**
 * One plugin present in a registry right now.
 *
 * @param version the implementation's own version where its kind has one (algorithms, detectors), else the bundle's
 */
public record InstalledPlugin(PluginKind kind, String id, String displayName, String version, BundleInfo bundle) {
}
