package io.batterylab.ui.preferences;

import io.batterylab.core.workspace.WorkspaceLocation;
import io.batterylab.storage.ConnectionCheck;
import io.batterylab.storage.StorageConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Preferences: database ({@link DatabaseSection}), workspace location ({@link WorkspaceSection}), REST server and
 * training threads. Saved into {@code {home}/batterylab.properties}, keeping everything else in the file; the
 * workspace location into the pointer file. Every setting here is read at start, so the dialog says a restart is
 * needed.
 */
public final class PreferencesDialog extends TitleAreaDialog {
    static final String RESTART = "Changes take effect after restarting BatteryLab.";
    /** The name of the workspace setting in the list given to {@code afterSave}. */
    public static final String WORKSPACE_CHANGED = "workspace location";

    private final Path home;
    private final WorkspaceLocation next;
    private final Function<StorageConfig, String> connectionCheck;
    private final Consumer<List<String>> afterSave;
    private WorkbenchPreferences stored;
    private DatabaseSection database;
    private WorkspaceSection workspace;
    private RestSection rest;
    private TrainingSection training;

    /**
     * @param home the workspace in use, whose {@code batterylab.properties} is edited
     * @param next the workspace the next start would use, and what chose it
     * @param connectionCheck connects once and describes the server, or throws saying why not
     * @param afterSave told the names of the settings changed (empty when none); the workbench asks for a restart
     */
    public PreferencesDialog(Shell parent, Path home, WorkspaceLocation next,
            Function<StorageConfig, String> connectionCheck, Consumer<List<String>> afterSave) {
        super(parent);
        this.home = home;
        this.next = next;
        this.connectionCheck = connectionCheck;
        this.afterSave = afterSave;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    public static PreferencesDialog forWorkbench(Shell parent, Path home, WorkspaceLocation next,
            Consumer<List<String>> afterSave) {
        return new PreferencesDialog(parent, home, next, ConnectionCheck::check, afterSave);
    }

    private PropertiesFile file() throws IOException {
        return PropertiesFile.read(home.resolve("batterylab.properties"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        getShell().setText("Preferences");
        setTitle("Preferences");
        Composite area = (Composite) super.createDialogArea(parent);
        try {
            stored = WorkbenchPreferences.of(file().values());
            setMessage(RESTART + " Stored in " + home.resolve("batterylab.properties") + ".");
        } catch (IOException | RuntimeException e) {
            stored = WorkbenchPreferences.of(new Properties());
            setErrorMessage("Cannot read " + home.resolve("batterylab.properties") + ": " + e.getMessage());
        }
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        database = new DatabaseSection(Forms.group(body, "Database"), home, connectionCheck, this::file,
                this::entered);
        workspace = new WorkspaceSection(Forms.group(body, "Workspace"), home, next, this::checkWorkspace);
        rest = new RestSection(Forms.group(body, "REST server"));
        training = new TrainingSection(Forms.group(body, "Training"));
        database.show(stored);
        rest.show(stored);
        training.show(stored);
        return area;
    }

    /** The values in the fields; throws naming the field that is wrong. */
    WorkbenchPreferences entered() {
        return new WorkbenchPreferences(database.enteredUrl(), database.enteredUser(), stored.passwordStored(),
                rest.port.getSelection(), rest.autostart.getSelection(), training.threads.getSelection());
    }

    private void checkWorkspace() {
        Optional<String> problem = workspace.problem();
        setErrorMessage(problem.orElse(null));
        Button save = getButton(IDialogConstants.OK_ID);
        if (save != null) {
            save.setEnabled(problem.isEmpty());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Save", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        try {
            if (workspace.changedFolder().isPresent() && workspace.problem().isPresent()) {
                throw new IllegalArgumentException(workspace.problem().get());
            }
            WorkbenchPreferences p = entered();
            PasswordChange change = database.passwordChange();
            List<String> changed = new ArrayList<>(p.changedSince(stored, change));
            if (!changed.isEmpty()) {
                PropertiesFile file = file();
                p.applyTo(file, change);
                file.write();
            }
            if (workspace.save()) {
                changed.add(WORKSPACE_CHANGED);
            }
            super.okPressed();
            afterSave.accept(changed);
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
        } catch (IOException e) {
            setErrorMessage("Cannot save: " + e.getMessage());
        }
    }

    // for tests: the fields as a person uses them
    public Button serverChoice() {
        return database.server;
    }

    public Button embeddedChoice() {
        return database.embedded;
    }

    public Text urlField() {
        return database.url;
    }

    public Text userField() {
        return database.user;
    }

    public Text passwordField() {
        return database.password;
    }

    public Button testButton() {
        return database.test;
    }

    public String testResult() {
        return database.testResult.getText();
    }

    public Text workspaceField() {
        return workspace.folder;
    }

    public Button browseButton() {
        return workspace.browse;
    }

    /** The problem shown under the workspace field; empty when none. */
    public String workspaceProblem() {
        return workspace.problem.getText();
    }

    public Spinner portField() {
        return rest.port;
    }

    public Button autostartField() {
        return rest.autostart;
    }

    public Spinner threadsField() {
        return training.threads;
    }

    /** The dialog's note texts, e.g. why the workspace field is read-only. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        collectLabels(getShell(), notes);
        return notes;
    }

    private static void collectLabels(Control control, List<String> into) {
        if (control instanceof Label label && !label.getText().isEmpty()) {
            into.add(label.getText());
        } else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectLabels(child, into);
            }
        }
    }
}
