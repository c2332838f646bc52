package io.batterylab.plugins.ui;

import io.batterylab.plugins.PluginCatalog;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;

/** The Plugins view as a workbench part, over the plugin catalogue service. */
public class PluginsPart {
    @Inject
    private PluginCatalog catalog;

    private PluginsView view;

    @PostConstruct
    public void create(Composite parent) {
        view = new PluginsView(parent, catalog, () -> chooseJar(parent));
    }

    private static Optional<Path> chooseJar(Composite parent) {
        FileDialog dialog = new FileDialog(parent.getShell(), SWT.OPEN);
        dialog.setText("Install a plugin");
        dialog.setFilterExtensions(new String[] {"*.jar"});
        dialog.setFilterNames(new String[] {"Plugin jars (*.jar)"});
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    @Focus
    public void focus() {
        view.setFocus();
    }
}
