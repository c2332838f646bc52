package io.batterylab.ui.browser;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Lists the batteries a user may see (built-in cells and own uploads) with filters by name, split
 * and charging policy. Loading goes through a function so the same widget serves the workbench and tests.
 */
public class BatteryBrowser extends Composite {
    private static final String ANY_SPLIT = "any split";
    private static final List<String> SPLITS = List.of(ANY_SPLIT, "train", "test", "secondary_test");

    private final Function<BatteryFilter, List<Battery>> loader;
    private final Text nameFilter;
    private final Combo splitFilter;
    private final Text policyFilter;
    private final Label countLabel;
    private final TableViewer viewer;
    private final boolean multi;

    public BatteryBrowser(Composite parent, Function<BatteryFilter, List<Battery>> loader) {
        this(parent, loader, SWT.SINGLE);
    }

    /** selection is {@code SWT.SINGLE} or {@code SWT.MULTI} (many batteries at once, e.g. for analysis). */
    public BatteryBrowser(Composite parent, Function<BatteryFilter, List<Battery>> loader, int selection) {
        super(parent, SWT.NONE);
        this.loader = loader;
        this.multi = (selection & SWT.MULTI) != 0;
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(this);

        nameFilter = new Text(this, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        nameFilter.setMessage("name");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(nameFilter);
        splitFilter = new Combo(this, SWT.READ_ONLY);
        splitFilter.setItems(SPLITS.toArray(String[]::new));
        splitFilter.select(0);
        policyFilter = new Text(this, SWT.BORDER | SWT.SEARCH);
        policyFilter.setMessage("charging policy");
        GridDataFactory.fillDefaults().hint(110, SWT.DEFAULT).applyTo(policyFilter);

        viewer = new TableViewer(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | selection);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(viewer.getControl());
        column("Battery", 150, Battery::label);
        column("Source", 70, b -> b.isBuiltIn() ? "built-in" : "upload");
        column("Split", 90, b -> Objects.toString(b.split(), ""));
        column("Policy", 120, b -> Objects.toString(b.chargingPolicy(), ""));
        column("Cycle life", 70, b -> b.cycleLife() == null ? "" : b.cycleLife().toString());
        column("Rows", 60, b -> Integer.toString(b.cycleCount()));

        countLabel = new Label(this, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(countLabel);

        viewer.addSelectionChangedListener(e -> count());
        nameFilter.addModifyListener(e -> refresh());
        policyFilter.addModifyListener(e -> refresh());
        splitFilter.addListener(SWT.Selection, e -> refresh());
    }

    private void column(String title, int width, Function<Battery, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Battery) element);
            }
        });
    }

    /** Reloads with the current filters, keeping the selection of the batteries still listed. */
    public void refresh() {
        List<Long> selected = selection().stream().map(Battery::id).toList();
        List<Battery> batteries = loader.apply(currentFilter());
        viewer.setInput(batteries);
        List<Battery> kept = batteries.stream().filter(b -> selected.contains(b.id())).toList();
        if (!kept.isEmpty()) {
            viewer.setSelection(new StructuredSelection(kept), true);
        }
        count();
    }

    private void count() {
        int listed = viewer.getTable().getItemCount();
        int selected = viewer.getTable().getSelectionCount();
        countLabel.setText(listed + " batteries" + (multi && selected > 0 ? " · " + selected + " selected" : ""));
    }

    public BatteryFilter currentFilter() {
        String split = splitFilter.getText();
        return new BatteryFilter(blankToNull(nameFilter.getText()), ANY_SPLIT.equals(split) ? null : split,
                blankToNull(policyFilter.getText()), null, null);
    }

    public void onSelection(Consumer<Battery> listener) {
        viewer.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof Battery battery) {
                listener.accept(battery);
            }
        });
    }

    /** Hears every selection change with all selected batteries. */
    public void onSelectionChanged(Consumer<List<Battery>> listener) {
        viewer.addSelectionChangedListener(e -> listener.accept(selection()));
    }

    public List<Battery> selection() {
        return viewer.getStructuredSelection().stream().filter(Battery.class::isInstance).map(Battery.class::cast)
                .toList();
    }

    /** Selects the listed batteries with these display names, as ctrl-clicks would; returns how many. */
    public int select(List<String> names) {
        @SuppressWarnings("unchecked")
        List<Battery> listed = (List<Battery>) viewer.getInput();
        List<Battery> chosen = listed == null ? List.of() : listed.stream().filter(b -> names.contains(b.name())).toList();
        viewer.setSelection(new StructuredSelection(chosen), true);
        return chosen.size();
    }

    /** The batteries listed under the current filters. */
    @SuppressWarnings("unchecked")
    public List<Battery> listed() {
        Object input = viewer.getInput();
        return input == null ? List.of() : List.copyOf((List<Battery>) input);
    }

    public Battery selected() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        return first instanceof Battery battery ? battery : null;
    }

    /** Selects the listed battery with this display name, as a click would; false if not listed. */
    public boolean select(String name) {
        @SuppressWarnings("unchecked")
        List<Battery> listed = (List<Battery>) viewer.getInput();
        return listed != null && listed.stream().filter(b -> b.name().equals(name)).findFirst().map(b -> {
            viewer.setSelection(new StructuredSelection(b), true);
            return true;
        }).orElse(false);
    }

    public Text nameFilter() {
        return nameFilter;
    }

    public int listedCount() {
        return viewer.getTable().getItemCount();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
