package io.batterylab.ui.monitoring;

import io.batterylab.core.detection.Detector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a folder of recordings (CSV) and the detector to train on them. */
final class TrainDetectorDialog extends TitleAreaDialog {
    private final List<Detector> detectors;
    private Text folder;
    private Combo detector;
    private Path chosenFolder;
    private String chosenDetector;

    TrainDetectorDialog(Shell parent, List<Detector> detectors) {
        super(parent);
        this.detectors = detectors;
    }

    @Override
    public void create() {
        super.create();
        setTitle("Train a detector from recordings");
        setMessage("Recordings: *.csv with Time (s) and Temperature (°C). The model is stored as yours; it is scored "
                + "on the same recordings (not a held-out estimate).");
        validate();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(3, false));
        new Label(form, SWT.NONE).setText("Folder:");
        folder = new Text(form, SWT.BORDER);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 360;
        folder.setLayoutData(wide);
        Button browse = new Button(form, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setText("Folder of recordings");
            String picked = dialog.open();
            if (picked != null) {
                folder.setText(picked);
            }
        });
        new Label(form, SWT.NONE).setText("Detector:");
        detector = new Combo(form, SWT.READ_ONLY);
        detectors.forEach(d -> detector.add(d.displayName() + " (" + d.id() + ")"
                + (d.needsTrainedModel() ? "" : " — a rule: its model records its settings")));
        detector.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        if (!detectors.isEmpty()) {
            detector.select(0);
        }
        folder.addModifyListener(e -> validate());
        return area;
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        String text = folder.getText().strip();
        String problem = text.isEmpty() ? "Choose the folder of recordings"
                : !Files.isDirectory(Path.of(text)) ? "Not a folder: " + text
                        : detector.getSelectionIndex() < 0 ? "No detector is installed" : null;
        setErrorMessage(text.isEmpty() ? null : problem);
        ok.setEnabled(problem == null);
    }

    @Override
    protected void okPressed() {
        chosenFolder = Path.of(folder.getText().strip());
        chosenDetector = detectors.get(detector.getSelectionIndex()).id();
        super.okPressed();
    }

    Path folder() {
        return chosenFolder;
    }

    String detectorId() {
        return chosenDetector;
    }
}
