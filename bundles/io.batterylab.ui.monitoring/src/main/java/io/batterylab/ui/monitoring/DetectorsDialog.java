package io.batterylab.ui.monitoring;

import io.batterylab.monitor.DetectorChoice;
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

/**
 * Chooses what runs on one device (at least one): installed detectors that run untrained and the user's own trained
 * detector models.
 */
final class DetectorsDialog extends Dialog {
    private final String device;
    private final List<DetectorChoice> choices;
    private final List<String> current;
    private Table table;
    private List<String> chosen;

    DetectorsDialog(Shell parent, String device, List<DetectorChoice> choices, List<String> current) {
        super(parent);
        this.device = device;
        this.choices = choices;
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
        for (DetectorChoice choice : choices) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(choice.trained() ? choice.name() + " — your model, " + choice.description()
                    : choice.name() + " (" + choice.id() + ")");
            item.setData(choice.id());
            item.setChecked(current.contains(choice.id()));
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
