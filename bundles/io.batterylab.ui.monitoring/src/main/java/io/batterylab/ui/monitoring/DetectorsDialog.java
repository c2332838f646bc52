package io.batterylab.ui.monitoring;

import io.batterylab.core.detection.Detector;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Chooses the detectors that run on one device (at least one), from the installed ones. */
final class DetectorsDialog extends Dialog {
    private final String device;
    private final List<Detector> installed;
    private final List<String> current;
    private Table table;
    private List<String> chosen;

    DetectorsDialog(Shell parent, String device, List<Detector> installed, List<String> current) {
        super(parent);
        this.device = device;
        this.installed = installed;
        this.current = current;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Detectors of " + device);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText("They take over from the device's next sample, with a new window.");
        table = new Table(area, SWT.CHECK | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (Detector detector : installed) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(detector.displayName() + " (" + detector.id() + ")");
            item.setData(detector.id());
            item.setChecked(current.contains(detector.id()));
        }
        table.addListener(SWT.Selection, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!checked().isEmpty());
        }
    }

    private List<String> checked() {
        List<String> ids = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            if (item.getChecked()) {
                ids.add((String) item.getData());
            }
        }
        return ids;
    }

    @Override
    protected void okPressed() {
        chosen = checked();
        super.okPressed();
    }

    List<String> chosen() {
        return chosen;
    }
}
