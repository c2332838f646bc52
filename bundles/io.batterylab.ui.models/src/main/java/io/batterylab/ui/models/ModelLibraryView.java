package io.batterylab.ui.models;

import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.ui.status.UiJobs;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The model library: every model version of the user with what made it, on which cells, how well it did and when;
 * details, delete (after a confirmation), export to an archive file, import of an archive, and "Test this model…".
 */
public final class ModelLibraryView extends Composite {
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    static final List<String> COLUMNS = List.of("Model", "Algorithm", "Version", "Target", "Data", "Val RMSPE %",
            "Val R²", "Test RMSPE %", "Test R²", "Created");

    /** What the view asks of the person: files, confirmations, and where a chosen model goes. */
    public interface Dialogs {
        Optional<Path> exportTo(ModelVersion version);

        Optional<Path> importFrom();

        boolean confirmDelete(ModelVersion version);

        void details(ModelVersion version);
    }

    private final ModelVersionService versions;
    private final AlgorithmRegistry algorithms;
    private final long userId;
    private final Dialogs dialogs;
    private final Table table;
    private final Label status;
    private final Button details;
    private final Button delete;
    private final Button export;
    private final Button test;
    private List<ModelVersion> listed = List.of();

    public ModelLibraryView(Composite parent, ModelVersionService versions, AlgorithmRegistry algorithms, long userId,
            Dialogs dialogs, Consumer<Long> testModel) {
        super(parent, SWT.NONE);
        this.versions = versions;
        this.algorithms = algorithms;
        this.userId = userId;
        this.dialogs = dialogs;
        setLayout(new GridLayout(1, false));
        Composite buttons = new Composite(this, SWT.NONE);
        buttons.setLayout(new RowLayout());
        details = button(buttons, "Details…", v -> dialogs.details(v));
        test = button(buttons, "Test this model…", v -> testModel.accept(v.id()));
        export = button(buttons, "Export…", this::export);
        delete = button(buttons, "Delete…", this::delete);
        Button importButton = new Button(buttons, SWT.PUSH);
        importButton.setText("Import…");
        importButton.addListener(SWT.Selection, e -> importArchive());
        Button refresh = new Button(buttons, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, e -> refresh());
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String column : COLUMNS) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column);
            c.setWidth(switch (column) {
                case "Model", "Version" -> 65;
                case "Algorithm" -> 250;
                case "Target" -> 170;
                case "Data" -> 210;
                case "Created" -> 130;
                default -> 95;
            });
        }
        table.addListener(SWT.Selection, e -> enableButtons());
        table.addListener(SWT.DefaultSelection, e -> selected().ifPresent(dialogs::details));
        status = new Label(this, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        enableButtons();
        refresh();
    }

    private Button button(Composite parent, String text, Consumer<ModelVersion> action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> selected().ifPresent(action));
        return b;
    }

    public void refresh() {
        UiJobs.schedule(this, "List model versions", m -> versions.list(userId), this::show);
    }

    private void show(List<ModelVersion> list) {
        if (isDisposed()) {
            return;
        }
        Long selected = selected().map(ModelVersion::id).orElse(null);
        listed = list;
        table.removeAll();
        for (ModelVersion v : list) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(v);
            item.setText(row(v, id -> algorithms.find(id).map(a -> a.displayName()).orElse(id + " (not installed)"))
                    .toArray(String[]::new));
            if (Long.valueOf(v.id()).equals(selected)) {
                table.setSelection(item);
            }
        }
        status.setText(summary(list.size()));
        enableButtons();
    }

    /** The line under the table; on a first run it says where model versions come from. */
    static String summary(int count) {
        return switch (count) {
            case 0 -> "No model versions yet: train one in Training (File › New training job…), or bring one in "
                    + "with Import…";
            case 1 -> "1 model version";
            default -> count + " model versions";
        };
    }

    static List<String> row(ModelVersion v, Function<String, String> algorithmName) {
        return List.of("#" + v.id(), algorithmName.apply(v.algorithmId()), v.algorithmVersion(), v.target().label(),
                data(v.dataset()), number(v.validation(), Metrics::rmspe), number(v.validation(), Metrics::r2),
                number(v.test(), Metrics::rmspe), number(v.test(), Metrics::r2), CREATED.format(v.createdAt()));
    }

    /** E.g. "cells 3/1/1 (train/val/test)" or "row split of 2 cells (leaks)". */
    static String data(DatasetSelection d) {
        if (d == null) {
            return "–";
        }
        return d.leaks() ? "row split of " + d.trainCells().size() + " cells (leaks)"
                : "cells " + d.trainCells().size() + "/" + d.validationCells().size() + "/" + d.testCells().size()
                        + " (train/val/test)";
    }

    private static String number(Metrics m, java.util.function.ToDoubleFunction<Metrics> figure) {
        if (m == null || !Double.isFinite(figure.applyAsDouble(m))) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.4g", figure.applyAsDouble(m));
    }

    private Optional<ModelVersion> selected() {
        TableItem[] items = table == null ? new TableItem[0] : table.getSelection();
        return items.length == 1 ? Optional.of((ModelVersion) items[0].getData()) : Optional.empty();
    }

    private void enableButtons() {
        boolean one = selected().isPresent();
        for (Button b : List.of(details, delete, export, test)) {
            b.setEnabled(one);
        }
    }

    private void export(ModelVersion v) {
        dialogs.exportTo(v).ifPresent(file -> UiJobs.schedule(this, "Export model #" + v.id(), m -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                versions.export(userId, v.id(), out);
            }
            return file;
        }, done -> status.setText("Model #" + v.id() + " exported to " + done)));
    }

    private void importArchive() {
        dialogs.importFrom().ifPresent(file -> UiJobs.schedule(this, "Import model archive " + file.getFileName(), m -> {
            try (InputStream in = Files.newInputStream(file)) {
                return versions.importArchive(userId, in);
            }
        }, imported -> {
            status.setText("Imported " + file.getFileName() + " as model #" + imported.id());
            refresh();
        }));
    }

    private void delete(ModelVersion v) {
        if (dialogs.confirmDelete(v)) {
            UiJobs.schedule(this, "Delete model #" + v.id(), m -> versions.delete(userId, v.id()), deleted -> {
                status.setText(deleted ? "Model #" + v.id() + " deleted" : "Model #" + v.id() + " was already gone");
                refresh();
            });
        }
    }

    public Table modelTable() {
        return table;
    }

    public String status() {
        return status.getText();
    }

    /** The model versions as last listed. */
    public List<ModelVersion> listed() {
        return listed;
    }

    /** Selects a model version's row as a click would; false when it is not listed. */
    public boolean select(long modelVersionId) {
        for (TableItem item : table.getItems()) {
            if (((ModelVersion) item.getData()).id() == modelVersionId) {
                table.setSelection(item);
                enableButtons();
                return true;
            }
        }
        return false;
    }

    public Button button(String text) {
        Predicate<Button> named = b -> b.getText().equals(text);
        return List.of(details, test, export, delete).stream().filter(named).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no button " + text));
    }
}
