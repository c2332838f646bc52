package io.batterylab.ui.testing;

import io.batterylab.core.model.Battery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * Many cells to test on: a name filter, a check list of the user's cells (built-in and uploaded) and how many are
 * picked. Picks survive filtering.
 */
final class CellPicker extends Composite {
    private final Text filter;
    private final CheckboxTableViewer viewer;
    private final Label count;
    private final Set<Long> picked = new LinkedHashSet<>();
    private List<Battery> cells = List.of();
    private Runnable onChange = () -> { };

    CellPicker(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(2, false));
        filter = new Text(this, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        filter.setMessage("Filter cells by name");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        count = new Label(this, SWT.NONE);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(count);
        viewer = CheckboxTableViewer.newCheckList(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TextColumns.add(viewer, Battery.class, "Cell", 190, Battery::label);
        TextColumns.add(viewer, Battery.class, "Split", 110, b -> b.split() == null ? "" : b.split());
        TextColumns.add(viewer, Battery.class, "Source", 80,
                b -> b.isBuiltIn() ? "built-in" : "upload " + b.uploadId());
        TextColumns.add(viewer, Battery.class, "Cycles", 70, b -> Integer.toString(b.cycleCount()));
        viewer.setCheckStateProvider(new ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return picked.contains(((Battery) element).id());
            }

            @Override
            public boolean isGrayed(Object element) {
                return false;
            }
        });
        viewer.addCheckStateListener(event -> {
            long id = ((Battery) event.getElement()).id();
            if (event.getChecked()) {
                picked.add(id);
            } else {
                picked.remove(id);
            }
            changed();
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
                return wanted.isEmpty() || ((Battery) element).name().toLowerCase(Locale.ROOT).contains(wanted);
            }
        });
        filter.addModifyListener(e -> viewer.refresh());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(480, 240).applyTo(viewer.getTable());
        changed();
    }

    void setCells(List<Battery> cells) {
        this.cells = List.copyOf(cells);
        picked.retainAll(this.cells.stream().map(Battery::id).toList());
        viewer.setInput(this.cells);
        changed();
    }

    void onChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** The picked cells' ids in list order. */
    List<Long> pickedIds() {
        List<Long> ids = new ArrayList<>();
        for (Battery b : cells) {
            if (picked.contains(b.id())) {
                ids.add(b.id());
            }
        }
        return ids;
    }

    private void changed() {
        count.setText(picked.size() + " of " + cells.size() + " cells");
        onChange.run();
    }

    Table table() {
        return viewer.getTable();
    }

    Text filter() {
        return filter;
    }
}
