package io.batterylab.ui.testing;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.UploadRecord;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.testing.TestJobSpec;
import io.batterylab.core.training.ModelVersion;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * "New test job": one of the user's model versions, the cells (many) and/or one upload, the targets and the horizon
 * h ≥ 0. The service checks the rest (e.g. that the model can predict ahead for h > 0) and its refusal is shown here
 * in its own words, the dialog staying open.
 */
public final class NewTestJobDialog extends TitleAreaDialog {
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final TestingServices services;
    private final Long preselectedModel;
    private final Map<Target, Button> targets = new EnumMap<>(Target.class);
    private List<ModelVersion> modelList = List.of();
    private List<UploadRecord> uploadList = List.of();
    private Combo model;
    private CellPicker cells;
    private Combo upload;
    private Spinner horizon;
    private Text name;
    private boolean loaded;
    private TestJob submitted;

    /** @param preselectedModel the model version to select once loaded; null for the newest */
    public NewTestJobDialog(Shell parent, TestingServices services, Long preselectedModel) {
        super(parent);
        this.services = services;
        this.preselectedModel = preselectedModel;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    private record Choices(List<ModelVersion> models, List<Battery> cells, List<UploadRecord> uploads) {
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText("New test job");
        setTitle("Test a model version");
        setMessage("Loading your model versions and cells…");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        form.setLayout(new GridLayout(2, false));
        label(form, "Model version:");
        model = new Combo(form, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(model);
        model.addModifyListener(e -> modelChanged());
        label(form, "Cells:").setLayoutData(
                GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).create());
        cells = new CellPicker(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(cells);
        cells.onChange(this::validate);
        label(form, "Upload:");
        upload = new Combo(form, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(upload);
        upload.addModifyListener(e -> validate());
        label(form, "Targets:");
        Composite targetRow = new Composite(form, SWT.NONE);
        targetRow.setLayout(new RowLayout());
        for (Target t : Target.values()) {
            Button check = new Button(targetRow, SWT.CHECK);
            check.setText(t.label() + " (" + t.key().toUpperCase(java.util.Locale.ROOT) + ")");
            check.setEnabled(false);
            check.addListener(SWT.Selection, e -> validate());
            targets.put(t, check);
        }
        label(form, "Horizon h (cycles ahead):");
        horizon = new Spinner(form, SWT.BORDER);
        horizon.setValues(0, 0, TestJobSpec.MAX_HORIZON, 0, 1, 10);
        horizon.setToolTipText("Predict the targets of cycle c + h from the inputs of cycle c; 0 = plain evaluation");
        label(form, "Name (optional):");
        name = new Text(form, SWT.BORDER);
        name.setMessage("generated from the model version and h");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        UiWork.run("Loading model versions and cells", form, this::loadChoices, this::fill,
                e -> setErrorMessage("Cannot load your model versions and cells: " + UiWork.message(e)));
        return area;
    }

    private Choices loadChoices() {
        long user = services.userId();
        return new Choices(services.models().list(user), services.batteries().list(user, BatteryFilter.all()),
                services.uploads().list(user));
    }

    private void fill(Choices choices) {
        modelList = choices.models();
        uploadList = choices.uploads();
        model.setItems(modelList.stream().map(NewTestJobDialog::modelLabel).toArray(String[]::new));
        int index = 0;
        for (int i = 0; i < modelList.size(); i++) {
            if (preselectedModel != null && modelList.get(i).id() == preselectedModel) {
                index = i;
            }
        }
        if (!modelList.isEmpty()) {
            model.select(index);
        }
        List<String> uploadItems = new ArrayList<>(List.of("(none)"));
        uploadList.forEach(u -> uploadItems.add(
                u.originalFileName() + " (" + u.batteryCount() + " cells, #" + u.id() + ")"));
        upload.setItems(uploadItems.toArray(String[]::new));
        upload.select(0);
        cells.setCells(choices.cells());
        loaded = true;
        modelChanged();
        getShell().layout(true, true);
    }

    static String modelLabel(ModelVersion m) {
        return "#" + m.id() + " " + m.algorithmId() + " " + m.algorithmVersion() + " · " + m.target().key().toUpperCase(
                java.util.Locale.ROOT) + " · " + CREATED.format(m.createdAt());
    }

    private void modelChanged() {
        ModelVersion chosen = chosenModel();
        for (Map.Entry<Target, Button> e : targets.entrySet()) {
            boolean predicted = chosen != null && chosen.target().includes(e.getKey());
            e.getValue().setEnabled(predicted);
            e.getValue().setSelection(predicted);
        }
        validate();
    }

    private ModelVersion chosenModel() {
        int i = model.getSelectionIndex();
        return i < 0 || i >= modelList.size() ? null : modelList.get(i);
    }

    private void validate() {
        String problem = !loaded ? null
                : modelList.isEmpty() ? "You have no model version yet: train one in the Training area first."
                : cells.pickedIds().isEmpty() && upload.getSelectionIndex() <= 0
                        ? "Pick at least one cell or an upload."
                : targets.values().stream().noneMatch(Button::getSelection) ? "Pick at least one target." : null;
        setErrorMessage(problem);
        if (loaded && problem == null) {
            setMessage("The job runs in the background; its results open from the Test jobs view.");
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(loaded && problem == null);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Start test", true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        TestJobSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        ok.setEnabled(false);
        setMessage("Submitting…");
        UiWork.run("Submitting test job", getShell(), () -> services.tests().submit(services.userId(), spec), job -> {
            submitted = job;
            setReturnCode(OK);
            close();
        }, e -> {
            setErrorMessage(UiWork.message(e));
            ok.setEnabled(true);
        });
    }

    TestJobSpec spec() {
        ModelVersion chosen = chosenModel();
        if (chosen == null) {
            throw new IllegalArgumentException("Choose a model version.");
        }
        int u = upload.getSelectionIndex();
        Long uploadId = u <= 0 ? null : uploadList.get(u - 1).id();
        List<Target> picked = targets.entrySet().stream().filter(e -> e.getValue().getSelection())
                .map(Map.Entry::getKey).toList();
        return new TestJobSpec(name.getText(), chosen.id(), cells.pickedIds(), uploadId, picked,
                horizon.getSelection());
    }

    /** The job the service accepted; null until then (or when canceled). */
    public TestJob submitted() {
        return submitted;
    }

    public boolean loaded() {
        return loaded;
    }

    public Combo modelCombo() {
        return model;
    }

    public org.eclipse.swt.widgets.Table cellTable() {
        return cells.table();
    }

    public Text cellFilter() {
        return cells.filter();
    }

    public Spinner horizonSpinner() {
        return horizon;
    }

    public Button targetButton(Target target) {
        return targets.get(target);
    }

    private static Label label(Composite form, String text) {
        Label label = new Label(form, SWT.NONE);
        label.setText(text);
        return label;
    }
}
