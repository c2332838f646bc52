package io.batterylab.plugins.internal;

import io.batterylab.plugins.FolderBundle;
import io.batterylab.plugins.PluginFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;

/** Every jar in the plugins folder with its bundle and, when it contributes nothing, the reason in words. */
final class FolderScan {
    private final PluginFolder folder;
    private final BundleFacts facts;
    private final List<Bundle> bundles;
    private final String coreVersion;

    FolderScan(PluginFolder folder, BundleFacts facts, List<Bundle> bundles, String coreVersion) {
        this.folder = folder;
        this.facts = facts;
        this.bundles = bundles;
        this.coreVersion = coreVersion;
    }

    List<FolderBundle> scan() {
        List<FolderBundle> found = new ArrayList<>();
        try {
            for (Path jar : folder.jars()) {
                found.add(entry(jar));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins folder " + folder.directory(), e);
        }
        return found;
    }

    private FolderBundle entry(Path jar) throws IOException {
        String file = jar.getFileName().toString();
        Optional<Bundle> installed = bundles.stream().filter(b -> file.equals(folder.fileOf(b.getLocation()))).findFirst();
        if (installed.isPresent()) {
            Bundle bundle = installed.get();
            String problem = bundle.getState() == Bundle.INSTALLED
                    ? ResolutionProblem.describe(facts.unmet(bundle), facts::exported, coreVersion) : null;
            return new FolderBundle(file, facts.info(bundle), problem);
        }
        return new FolderBundle(file, null, notInstalled(jar));
    }

    private String notInstalled(Path jar) throws IOException {
        String name = PluginFolder.symbolicName(jar);
        if (name == null) {
            return "not installed: not an OSGi bundle (its manifest has no Bundle-SymbolicName)";
        }
        return bundles.stream().filter(b -> name.equals(b.getSymbolicName())).findFirst()
                .map(b -> "not installed: bundle " + name + " " + b.getVersion() + " is already installed from "
                        + b.getLocation())
                .orElse("not installed yet: the folder is checked every second; if this stays, see the log");
    }
}
