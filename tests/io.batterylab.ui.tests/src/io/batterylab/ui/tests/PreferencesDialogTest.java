package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.workspace.WorkspaceLocation;
import io.batterylab.storage.ConnectionCheck;
import io.batterylab.storage.StorageConfig;
import io.batterylab.storage.StorageConfigLoader;
import io.batterylab.ui.preferences.PreferencesDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Preferences dialog on a real workspace file: "Test connection" really connects (to the test MariaDB when
 * {@code BATTERYLAB_TEST_MYSQL_URL} is set, else the embedded H2), Save writes what the configuration loader then
 * reads, keeps the file's comments and unknown keys, and the stored password is never shown again.
 */
class PreferencesDialogTest {
    private static final String HAND_WRITTEN = "# my settings\nrest.jwt.secret=0123456789abcdef0123456789abcdef\n"
            + "db.password=stored secret\n";

    @TempDir
    Path home;
    @RegisterExtension
    final DisplayPerTest swt = new DisplayPerTest();

    @Test
    void givenAWorkspaceFileWhenAServerIsTestedAndSavedThenTheLoaderReadsItAndTheFileKeepsTheRest() throws Exception {
        Files.writeString(home.resolve("batterylab.properties"), HAND_WRITTEN);
        // the test MariaDB when there is one, else an H2 file database created here with a password
        String url = env("BATTERYLAB_TEST_MYSQL_URL", "jdbc:h2:file:" + home.resolve("probe") + ";MODE=MySQL");
        String user = env("BATTERYLAB_TEST_MYSQL_USER", "sa");
        String password = env("BATTERYLAB_TEST_MYSQL_PASSWORD", "h2 probe words");
        ConnectionCheck.check(new StorageConfig(home, url, user, password));
        List<List<String>> saves = new CopyOnWriteArrayList<>();

        PreferencesDialog dialog = open(saves);
        assertEquals("", dialog.passwordField().getText(), "the stored password is not put into the field");
        assertEquals("stored — leave empty to keep it", dialog.passwordField().getMessage());
        assertTrue(dialog.embeddedChoice().getSelection());
        assertFalse(dialog.urlField().isEnabled(), "server fields are off for the embedded database");

        SwtClicks.click(dialog.serverChoice());
        dialog.urlField().setText(url);
        dialog.userField().setText(user);
        dialog.passwordField().setText("wrong " + password);
        SwtClicks.click(dialog.testButton());
        assertTrue(SwtWindows.spinUntil(swt.display(), () -> dialog.testButton().isEnabled()
                && !dialog.testResult().startsWith("Connecting"), 30_000));
        assertTrue(dialog.testResult().startsWith("Cannot connect to " + url), dialog.testResult());
        assertFalse(dialog.testResult().contains("wrong " + password), "no password in the answer");

        dialog.passwordField().setText(password);
        SwtClicks.click(dialog.testButton());
        assertTrue(SwtWindows.spinUntil(swt.display(), () -> dialog.testResult().startsWith("Connected: "), 30_000),
                dialog.testResult());
        assertEquals("Connected: " + ConnectionCheck.check(new StorageConfig(home, url, user, password)),
                dialog.testResult());
        dialog.portField().setSelection(9191);
        SwtClicks.click(dialog.autostartField());
        dialog.threadsField().setSelection(3);
        SwtWindows.saveScreenshot(dialog.getShell(), "preferences-dialog.png");
        SwtClicks.press(dialog.getShell(), "Save");

        assertEquals(null, dialog.getShell(), "saving closes the dialog");
        assertEquals(List.of(List.of("database", "REST server", "training threads")), saves);
        StorageConfig loaded = StorageConfigLoader.load(system(), Map.of());
        assertEquals(url, loaded.dbUrl());
        assertEquals(user, loaded.dbUser());
        assertEquals(password, loaded.dbPassword());
        Properties file = new Properties();
        try (var in = Files.newInputStream(home.resolve("batterylab.properties"))) {
            file.load(in);
        }
        assertEquals("9191", file.getProperty("rest.port"));
        assertEquals("true", file.getProperty("rest.autostart"));
        assertEquals("3", file.getProperty("training.threads"));
        assertEquals("0123456789abcdef0123456789abcdef", file.getProperty("rest.jwt.secret"));
        assertTrue(Files.readString(home.resolve("batterylab.properties")).startsWith("# my settings\n"));

        PreferencesDialog again = open(saves);
        assertTrue(again.serverChoice().getSelection());
        assertEquals(url, again.urlField().getText());
        assertEquals("", again.passwordField().getText(), "not shown after entry either");
        assertEquals(9191, again.portField().getSelection());
        assertEquals(3, again.threadsField().getSelection());
        SwtClicks.press(again.getShell(), IDialogConstants.CANCEL_LABEL);
        assertEquals(1, saves.size(), "cancel saves nothing");
    }

    private PreferencesDialog open(List<List<String>> saves) {
        PreferencesDialog dialog = new PreferencesDialog(null, home, WorkspaceLocation.resolve(system(), Map.of()),
                ConnectionCheck::check, saves::add);
        dialog.setBlockOnOpen(false);
        dialog.open();
        SwtWindows.spin(swt.display());
        return dialog;
    }

    private Properties system() {
        Properties system = new Properties();
        system.setProperty(StorageConfigLoader.HOME_PROPERTY, home.toString());
        system.setProperty("user.home", home.toString());
        return system;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
