package io.batterylab.plugins.ui;

import io.batterylab.plugins.BundleInfo;
import io.batterylab.plugins.FolderBundle;
import io.batterylab.plugins.InstalledPlugin;
import io.batterylab.plugins.PluginCatalog;
import io.batterylab.plugins.PluginFolder;
import io.batterylab.plugins.PluginInventory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Every installed plugin by kind (built in and from the plugins folder) and every jar of the plugins folder with the
 * reason it contributes nothing, if any. "Install from file…" copies a jar into the folder and "Remove" deletes it;
 * the folder's watcher does the rest and the tables follow within a second.
 */
public final class PluginsView extends Composite {
    private static final int REFRESH_MILLIS = 1000;

    private final PluginCatalog catalog;
    private final Supplier<Optional<Path>> chooseJar;
    private final Label folderLabel;
    private final Label status;
    private final Button install;
    private final Button remove;
    private final Table installed;
    private final Table folder;
    private PluginInventory shown;

    /** @param chooseJar asks the user for a jar to install (a file dialog in the workbench) */
    public PluginsView(Composite parent, PluginCatalog catalog, Supplier<Optional<Path>> chooseJar) {
        super(parent, SWT.NONE);
        this.catalog = catalog;
        this.chooseJar = chooseJar;
        setLayout(new GridLayout(3, false));
        folderLabel = new Label(this, SWT.WRAP);
        folderLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        install = button("Install from file…", this::installFromFile);
        remove = button("Remove", this::removeSelected);
        status = new Label(this, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        installed = table("Installed plugins", "Kind", "Id", "Name", "Version", "Vendor", "Bundle", "State");
        folder = table("Jars in the plugins folder", "File", "Bundle", "Version", "State", "Problem");
        installed.addListener(SWT.Selection, e -> updateButtons());
        folder.addListener(SWT.Selection, e -> updateButtons());
        // a problem is often longer than the view is wide: the whole reason on hover
        folder.addListener(SWT.MouseHover, e -> {
            TableItem item = folder.getItem(new Point(e.x, e.y));
            folder.setToolTipText(item != null && item.getData() instanceof FolderBundle f ? f.problem() : null);
        });
        Optional<PluginFolder> watched = catalog.folder();
        folderLabel.setText(watched.map(f -> "Plugins folder: " + f.directory()
                + " (a jar copied there is installed within a second, one deleted is uninstalled)")
                .orElse("No plugins folder is watched in this runtime: plugins cannot be installed here."));
        install.setEnabled(watched.isPresent());
        refresh();
        getDisplay().timerExec(REFRESH_MILLIS, this::refreshPeriodically);
    }

    private Button button(String text, Runnable action) {
        Button button = new Button(this, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private Table table(String title, String... columns) {
        Label label = new Label(this, SWT.NONE);
        label.setText(title);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        Table table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        for (String column : columns) {
            new org.eclipse.swt.widgets.TableColumn(table, SWT.LEFT).setText(column);
        }
        return table;
    }

    private void refreshPeriodically() {
        if (!isDisposed()) {
            refresh();
            getDisplay().timerExec(REFRESH_MILLIS, this::refreshPeriodically);
        }
    }

    /** Reads the catalogue again; the tables are rebuilt only when something changed. */
    public void refresh() {
        PluginInventory inventory = catalog.inventory();
        if (inventory.equals(shown)) {
            return;
        }
        shown = inventory;
        installed.removeAll();
        for (InstalledPlugin p : inventory.plugins()) {
            BundleInfo b = p.bundle();
            row(installed, p, p.kind().label(), p.id(), p.displayName(), p.version(), text(b.vendor()),
                    b.symbolicName() + " " + b.version(), b.state());
        }
        folder.removeAll();
        for (FolderBundle f : inventory.folderBundles()) {
            BundleInfo b = f.bundle();
            TableItem item = row(folder, f, f.file(), b == null ? "" : b.symbolicName(), b == null ? "" : b.version(),
                    b == null ? "not installed" : b.state(), f.ok() ? "" : f.problem());
            if (!f.ok()) {
                item.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        for (Table table : List.of(installed, folder)) {
            for (var column : table.getColumns()) {
                column.pack();
            }
        }
        updateButtons();
    }

    private static TableItem row(Table table, Object data, String... cells) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(cells);
        item.setData(data);
        return item;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private void installFromFile() {
        catalog.folder().ifPresent(target -> chooseJar.get().ifPresent(jar -> {
            try {
                Path copy = target.install(jar);
                say("Copied " + copy.getFileName() + " into the plugins folder; it is installed within a second.");
            } catch (IllegalArgumentException | IOException e) {
                say("Not installed: " + e.getMessage());
            }
        }));
    }

    private void removeSelected() {
        Optional<String> file = selectedFile();
        if (file.isEmpty() || catalog.folder().isEmpty()) {
            return;
        }
        try {
            catalog.folder().get().remove(file.get());
            say("Deleted " + file.get() + " from the plugins folder; it is uninstalled within a second.");
        } catch (IllegalArgumentException | IOException e) {
            say("Not removed: " + e.getMessage());
        }
    }

    /** The plugins-folder jar behind the selection; built-in plugins have none and cannot be removed. */
    private Optional<String> selectedFile() {
        for (Table table : List.of(installed, folder)) {
            for (TableItem item : table.getSelection()) {
                if (item.getData() instanceof InstalledPlugin p && p.bundle().fromPluginFolder()) {
                    return Optional.of(p.bundle().file());
                }
                if (item.getData() instanceof FolderBundle f) {
                    return Optional.of(f.file());
                }
            }
        }
        return Optional.empty();
    }

    private void updateButtons() {
        remove.setEnabled(catalog.folder().isPresent() && selectedFile().isPresent());
    }

    private void say(String message) {
        status.setText(message);
        layout(true);
    }

    public Table installedTable() {
        return installed;
    }

    public Table folderTable() {
        return folder;
    }

    public Button installButton() {
        return install;
    }

    public Button removeButton() {
        return remove;
    }

    public String status() {
        return status.getText();
    }

    @Override
    public boolean setFocus() {
        return installed.setFocus();
    }
}
