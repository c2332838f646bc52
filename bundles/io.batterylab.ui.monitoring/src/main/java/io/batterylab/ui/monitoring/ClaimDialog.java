package io.batterylab.ui.monitoring;

import java.util.List;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a node id (typed, or one of the ids heard but claimed by nobody) and a name for it. */
final class ClaimDialog extends Dialog {
    private final List<String> heard;
    private Combo id;
    private Text name;
    private String deviceId;
    private String deviceName;

    ClaimDialog(Shell parent, List<String> heard) {
        super(parent);
        this.heard = heard;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Claim a sensor node");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label hint = new Label(area, SWT.WRAP);
        hint.setText("Its samples are monitored for you from the next one on; nobody else can claim it.");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(area, SWT.NONE).setText("Node id:");
        id = new Combo(area, SWT.DROP_DOWN);
        heard.forEach(id::add);
        id.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText("Name:");
        name = new Text(area, SWT.BORDER);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 280;
        name.setLayoutData(wide);
        id.addModifyListener(e -> validate());
        name.addModifyListener(e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Claim", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!id.getText().isBlank() && !name.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        deviceId = id.getText().strip();
        deviceName = name.getText().strip();
        super.okPressed();
    }

    String deviceId() {
        return deviceId;
    }

    String deviceName() {
        return deviceName;
    }
}
