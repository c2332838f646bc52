package io.batterylab.plugins;

/**
 * A jar in the plugins folder and what became of it.
 *
 * @param bundle the installed bundle, or null when the jar was not installed (see problem)
 * @param problem why it contributes nothing, in words (a missing package and version, an incompatible core version,
 *        not a bundle); null when it is resolved
 */
public record FolderBundle(String file, BundleInfo bundle, String problem) {
    public boolean ok() {
        return problem == null;
    }
}
