package io.batterylab.ui.preferences;

import io.batterylab.storage.ConnectionCheck;
import io.batterylab.storage.StorageConfig;
import io.batterylab.ui.status.UiJobs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Preferences: database (embedded, or a MySQL/MariaDB URL, user and password, with "Test connection" that really
 * connects), workspace location, REST server (port, start with the workbench), training threads. Saved into
 * {@code {home}/batterylab.properties}, keeping everything else in the file. The stored password is never put back
 * into the field; an empty field keeps it. Every setting here is read at start, so the dialog says a restart is needed.
 */
public final class PreferencesDialog extends TitleAreaDialog {
    static final String RESTART = "Changes take effect after restarting BatteryLab.";

    private final Path home;
    private final Function<StorageConfig, String> connectionCheck;
    private final Consumer<List<String>> afterSave;
    private WorkbenchPreferences stored;
    private Button embedded;
    private Button server;
    private Text url;
    private Text user;
    private Text password;
    private Button clearPassword;
    private Button test;
    private Label testResult;
    private Spinner port;
    private Button autostart;
    private Spinner threads;

    /**
     * @param home the workspace whose {@code batterylab.properties} is edited
     * @param connectionCheck connects once and describes the server, or throws saying why not
     * @param afterSave told the names of the settings changed (empty when none); the workbench asks for a restart
     */
    public PreferencesDialog(Shell parent, Path home, Function<StorageConfig, String> connectionCheck,
            Consumer<List<String>> afterSave) {
        super(parent);
        this.home = home;
        this.connectionCheck = connectionCheck;
        this.afterSave = afterSave;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    public static PreferencesDialog forWorkbench(Shell parent, Path home, Consumer<List<String>> afterSave) {
        return new PreferencesDialog(parent, home, ConnectionCheck::check, afterSave);
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
            stored = WorkbenchPreferences.of(new java.util.Properties());
            setErrorMessage("Cannot read " + home.resolve("batterylab.properties") + ": " + e.getMessage());
        }
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        database(group(body, "Database"));
        workspace(group(body, "Workspace"));
        rest(group(body, "REST server"));
        training(group(body, "Training"));
        show(stored);
        return area;
    }

    private static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(3, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    private void database(Group g) {
        embedded = radio(g, "Embedded (H2 in the workspace; no setup)");
        server = radio(g, "MySQL or MariaDB server");
        embedded.addListener(SWT.Selection, e -> enableServerFields());
        server.addListener(SWT.Selection, e -> enableServerFields());
        url = text(g, "URL:", SWT.BORDER, "jdbc:mysql://host:3306/batterylab (also for MariaDB)");
        user = text(g, "User:", SWT.BORDER, "");
        password = text(g, "Password:", SWT.BORDER | SWT.PASSWORD, "");
        new Label(g, SWT.NONE);
        clearPassword = new Button(g, SWT.CHECK);
        clearPassword.setText("Remove the stored password");
        clearPassword.addListener(SWT.Selection, e -> password.setEnabled(!clearPassword.getSelection()));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(clearPassword);
        test = new Button(g, SWT.PUSH);
        test.setText("Test connection");
        test.addListener(SWT.Selection, e -> testConnection());
        testResult = new Label(g, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(testResult);
        if (System.getenv("BATTERYLAB_DB_URL") != null && !System.getenv("BATTERYLAB_DB_URL").isEmpty()) {
            note(g, "BATTERYLAB_DB_URL is set in the environment: it wins over what is saved here.");
        }
    }

    private void workspace(Group g) {
        Label where = new Label(g, SWT.NONE);
        where.setText("Folder:");
        Text folder = new Text(g, SWT.BORDER | SWT.READ_ONLY);
        folder.setText(home.toString());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(folder);
        note(g, "Chosen when BatteryLab starts: set BATTERYLAB_HOME (or -Dbatterylab.home) to use another folder.");
    }

    private void rest(Group g) {
        port = spinner(g, "Port:", 0, 65535, "0 = any free port");
        new Label(g, SWT.NONE);
        autostart = new Button(g, SWT.CHECK);
        autostart.setText("Start the REST server with the workbench");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(autostart);
    }

    private void training(Group g) {
        threads = spinner(g, "Threads:", 1, WorkbenchPreferences.MAX_THREADS, "per training run (libtorch intra-op)");
    }

    private void show(WorkbenchPreferences p) {
        embedded.setSelection(p.embedded());
        server.setSelection(!p.embedded());
        url.setText(p.dbUrl() == null ? "" : p.dbUrl());
        user.setText(p.dbUser() == null ? "" : p.dbUser());
        password.setText("");
        password.setMessage(p.passwordStored() ? "stored — leave empty to keep it" : "none stored");
        port.setSelection(p.restPort());
        autostart.setSelection(p.restAutostart());
        threads.setSelection(p.trainingThreads());
        enableServerFields();
    }

    private void enableServerFields() {
        boolean external = server.getSelection();
        for (Control c : new Control[] {url, user, password, clearPassword}) {
            c.setEnabled(external);
        }
        password.setEnabled(external && !clearPassword.getSelection());
    }

    /** The values in the fields; throws naming the field that is wrong. */
    WorkbenchPreferences entered() {
        if (server.getSelection() && url.getText().isBlank()) {
            throw new IllegalArgumentException("Database URL: enter jdbc:mysql://host:port/database, or choose"
                    + " Embedded");
        }
        return new WorkbenchPreferences(server.getSelection() ? url.getText() : null,
                server.getSelection() ? user.getText() : null, stored.passwordStored(), port.getSelection(),
                autostart.getSelection(), threads.getSelection());
    }

    PasswordChange passwordChange() {
        return clearPassword.getSelection() ? PasswordChange.clear() : PasswordChange.entered(password.getText());
    }

    private void testConnection() {
        WorkbenchPreferences p;
        try {
            p = entered();
        } catch (IllegalArgumentException e) {
            testResult.setText(e.getMessage());
            return;
        }
        PasswordChange change = passwordChange();
        test.setEnabled(false);
        testResult.setText("Connecting to the " + p.databaseLabel() + " database…");
        UiJobs.schedule(testResult, "Testing the database connection", monitor -> connectionAnswer(p, change),
                answer -> {
                    testResult.setText(answer);
                    test.setEnabled(true);
                    testResult.getParent().layout(true);
                });
    }

    /** "Connected: …" or "Cannot connect …"; the stored password is used when none was entered. */
    private String connectionAnswer(WorkbenchPreferences p, PasswordChange change) {
        try {
            String secret = change instanceof PasswordChange.Replace r ? r.password()
                    : change instanceof PasswordChange.Keep ? file().get(WorkbenchPreferences.DB_PASSWORD).orElse(null)
                    : null;
            return "Connected: " + connectionCheck.apply(new StorageConfig(home, p.dbUrl(), p.dbUser(), secret));
        } catch (IOException | RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
            WorkbenchPreferences p = entered();
            PasswordChange change = passwordChange();
            PropertiesFile file = file();
            p.applyTo(file, change);
            file.write();
            List<String> changed = p.changedSince(stored, change);
            super.okPressed();
            afterSave.accept(changed);
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
        } catch (IOException e) {
            setErrorMessage("Cannot save " + home.resolve("batterylab.properties") + ": " + e.getMessage());
        }
    }

    private static Button radio(Composite g, String text) {
        Button b = new Button(g, SWT.RADIO);
        b.setText(text);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(b);
        return b;
    }

    private static Text text(Composite g, String label, int style, String hint) {
        new Label(g, SWT.NONE).setText(label);
        Text t = new Text(g, style);
        t.setMessage(hint);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(t);
        return t;
    }

    private static Spinner spinner(Composite g, String label, int min, int max, String hint) {
        new Label(g, SWT.NONE).setText(label);
        Spinner s = new Spinner(g, SWT.BORDER);
        s.setValues(min, min, max, 0, 1, 10);
        Label note = new Label(g, SWT.NONE);
        note.setText(hint);
        return s;
    }

    private static void note(Composite g, String text) {
        Label note = new Label(g, SWT.WRAP);
        note.setText(text);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(note);
    }

    // for tests: the fields as a person uses them
    public Button serverChoice() {
        return server;
    }

    public Button embeddedChoice() {
        return embedded;
    }

    public Text urlField() {
        return url;
    }

    public Text userField() {
        return user;
    }

    public Text passwordField() {
        return password;
    }

    public Spinner portField() {
        return port;
    }

    public Button autostartField() {
        return autostart;
    }

    public Spinner threadsField() {
        return threads;
    }

    public Button testButton() {
        return test;
    }

    public String testResult() {
        return testResult.getText();
    }
}
