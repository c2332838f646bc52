package io.batterylab.ui.preferences;

import io.batterylab.storage.StorageConfig;
import io.batterylab.ui.status.UiJobs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The database: embedded, or a MySQL/MariaDB URL, user and password, with "Test connection" that really connects.
 * The stored password is never put back into the field; an empty field keeps it.
 */
final class DatabaseSection {
    final Button embedded;
    final Button server;
    final Text url;
    final Text user;
    final Text password;
    final Button clearPassword;
    final Button test;
    final Label testResult;
    private final Path home;
    private final Function<StorageConfig, String> connectionCheck;
    private final Callable<PropertiesFile> file;
    private final Supplier<WorkbenchPreferences> entered;

    /**
     * @param file the stored settings, for the stored password
     * @param entered all values in the dialog, or throws naming the wrong one
     */
    DatabaseSection(Group g, Path home, Function<StorageConfig, String> connectionCheck, Callable<PropertiesFile> file,
            Supplier<WorkbenchPreferences> entered) {
        this.home = home;
        this.connectionCheck = connectionCheck;
        this.file = file;
        this.entered = entered;
        embedded = Forms.radio(g, "Embedded (H2 in the workspace; no setup)");
        server = Forms.radio(g, "MySQL or MariaDB server");
        embedded.addListener(SWT.Selection, e -> enableServerFields());
        server.addListener(SWT.Selection, e -> enableServerFields());
        url = Forms.text(g, "URL:", SWT.BORDER, "jdbc:mysql://host:3306/batterylab (also for MariaDB)");
        user = Forms.text(g, "User:", SWT.BORDER, "");
        password = Forms.text(g, "Password:", SWT.BORDER | SWT.PASSWORD, "");
        clearPassword = Forms.check(g, "Remove the stored password");
        clearPassword.addListener(SWT.Selection, e -> password.setEnabled(!clearPassword.getSelection()));
        test = new Button(g, SWT.PUSH);
        test.setText("Test connection");
        test.addListener(SWT.Selection, e -> testConnection());
        testResult = new Label(g, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(Forms.WIDE, SWT.DEFAULT).applyTo(testResult);
        String fromEnvironment = System.getenv("BATTERYLAB_DB_URL");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            Forms.note(g, "BATTERYLAB_DB_URL is set in the environment: it wins over what is saved here.");
        }
    }

    void show(WorkbenchPreferences p) {
        embedded.setSelection(p.embedded());
        server.setSelection(!p.embedded());
        url.setText(p.dbUrl() == null ? "" : p.dbUrl());
        user.setText(p.dbUser() == null ? "" : p.dbUser());
        password.setText("");
        password.setMessage(p.passwordStored() ? "stored — leave empty to keep it" : "none stored");
        enableServerFields();
    }

    /** The server URL, or null for the embedded database; throws when a server is chosen without a URL. */
    String enteredUrl() {
        if (server.getSelection() && url.getText().isBlank()) {
            throw new IllegalArgumentException("Database URL: enter jdbc:mysql://host:port/database, or choose"
                    + " Embedded");
        }
        return server.getSelection() ? url.getText() : null;
    }

    String enteredUser() {
        return server.getSelection() ? user.getText() : null;
    }

    PasswordChange passwordChange() {
        return clearPassword.getSelection() ? PasswordChange.clear() : PasswordChange.entered(password.getText());
    }

    private void enableServerFields() {
        boolean external = server.getSelection();
        for (Control c : new Control[] {url, user, password, clearPassword}) {
            c.setEnabled(external);
        }
        password.setEnabled(external && !clearPassword.getSelection());
    }

    private void testConnection() {
        WorkbenchPreferences p;
        try {
            p = entered.get();
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
                    : change instanceof PasswordChange.Keep ? file.call().get(WorkbenchPreferences.DB_PASSWORD)
                            .orElse(null)
                    : null;
            return "Connected: " + connectionCheck.apply(new StorageConfig(home, p.dbUrl(), p.dbUser(), secret));
        } catch (Exception e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
