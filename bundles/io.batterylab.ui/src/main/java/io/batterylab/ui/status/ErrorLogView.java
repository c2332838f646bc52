package io.batterylab.ui.status;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** The failures of the session, newest first; the selected one's stack trace below. */
public class ErrorLogView extends Composite {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final ErrorLog log;
    private final Table table;
    private final Text details;

    public ErrorLogView(Composite parent, ErrorLog log) {
        super(parent, SWT.NONE);
        this.log = log;
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(this);
        SashForm sash = new SashForm(this, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column("Time", 70);
        column("What failed", 200);
        column("Why", 520);
        details = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        sash.setWeights(60, 40);
        table.addListener(SWT.Selection, e -> showDetails());
        Button clear = new Button(this, SWT.PUSH);
        clear.setText("Clear");
        clear.addListener(SWT.Selection, e -> {
            log.clear();
            refresh();
        });
        Runnable stop = log.listen(f -> {
            if (!isDisposed()) {
                getDisplay().asyncExec(this::refresh);
            }
        });
        addDisposeListener(e -> stop.run());
        refresh();
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(title);
        c.setWidth(width);
    }

    public void refresh() {
        if (isDisposed()) {
            return;
        }
        table.removeAll();
        var failures = log.failures();
        for (int i = failures.size() - 1; i >= 0; i--) {
            Failure f = failures.get(i);
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { TIME.format(f.at()), f.what(), f.message() });
            item.setData(f);
        }
        details.setText("");
    }

    private void showDetails() {
        TableItem[] selected = table.getSelection();
        details.setText(selected.length == 0 ? "" : ((Failure) selected[0].getData()).details());
    }

    public Table table() {
        return table;
    }
}
