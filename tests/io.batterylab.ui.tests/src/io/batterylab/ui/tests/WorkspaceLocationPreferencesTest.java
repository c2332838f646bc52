package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.workspace.WorkspaceLocation;
import io.batterylab.core.workspace.WorkspaceLocation.Source;
import io.batterylab.storage.ConnectionCheck;
import io.batterylab.storage.StorageConfigLoader;
import io.batterylab.ui.preferences.PreferencesDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Workspace location" in the real Preferences dialog: checked as it is typed, saved into the pointer file that the
 * next start reads (the storage loader then finds its database there), the old folder left as it was; read-only
 * with the reason when BATTERYLAB_HOME chose the folder.
 */
class WorkspaceLocationPreferencesTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final DisplayPerTest swt = new DisplayPerTest();
    private final List<List<String>> saves = new CopyOnWriteArrayList<>();

    @Test
    void givenTheDefaultWorkspaceWhenAnotherFolderIsEnteredAndSavedThenThePointerNamesItForTheNextStart()
            throws Exception {
        Path old = Files.createDirectories(tmp.resolve(".batterylab"));
        Files.writeString(old.resolve("batterylab.properties"), "training.threads=3\n");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        WorkspaceLocation before = WorkspaceLocation.resolve(system(), env);
        assertEquals(Source.DEFAULT, before.source());

        PreferencesDialog dialog = open(old, before);
        assertEquals(old.toString(), dialog.workspaceField().getText());
        assertTrue(dialog.workspaceField().getEditable());
        assertTrue(dialog.browseButton().isEnabled());
        assertTrue(dialog.notes().stream().anyMatch(n -> n.contains("nothing is moved or copied, and " + old
                + " is left untouched")), dialog.notes().toString());

        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
        dialog.workspaceField().setText(file.resolve("lab").toString());
        assertEquals("Workspace: " + file.resolve("lab") + " cannot be created: " + file + " is a file, not a folder",
                dialog.workspaceProblem());
        assertFalse(saveButton(dialog).isEnabled(), "a folder that cannot be made is not saved");
        dialog.workspaceField().setText("relative/lab");
        assertEquals("Workspace: Enter an absolute folder (starting with /)", dialog.workspaceProblem());

        Path chosen = tmp.resolve("lab data/2026");
        dialog.workspaceField().setText(chosen.toString());
        assertEquals("", dialog.workspaceProblem());
        assertTrue(saveButton(dialog).isEnabled());
        SwtWindows.saveScreenshot(dialog.getShell(), "preferences-workspace.png");
        SwtClicks.press(dialog.getShell(), "Save");

        assertEquals(null, dialog.getShell(), "saving closes the dialog");
        assertEquals(List.of(List.of(PreferencesDialog.WORKSPACE_CHANGED)), saves);
        Path pointer = tmp.resolve("config/batterylab/workspace.location");
        assertTrue(Files.readAllLines(pointer).contains(chosen.toString()), Files.readString(pointer));
        WorkspaceLocation after = WorkspaceLocation.resolve(system(), env);
        assertEquals(chosen, after.folder());
        assertEquals(Source.POINTER_FILE, after.source());
        assertEquals(chosen, StorageConfigLoader.load(system(), env).home(), "the next start's database is there");
        assertEquals("training.threads=3\n", Files.readString(old.resolve("batterylab.properties")),
                "the old workspace's file is left as it was");
        assertFalse(Files.exists(chosen), "nothing is moved or created before the restart");

        PreferencesDialog again = open(old, after);
        assertEquals(chosen.toString(), again.workspaceField().getText());
        assertTrue(again.notes().contains("In use until the restart: " + old), again.notes().toString());
        SwtClicks.press(again.getShell(), IDialogConstants.CANCEL_LABEL);
        assertEquals(1, saves.size(), "cancel saves nothing");
    }

    @Test
    void givenBatterylabHomeInTheEnvironmentWhenPreferencesOpenThenTheFolderIsReadOnlyAndSaysWhy() throws Exception {
        Path fixed = Files.createDirectories(tmp.resolve("fixed"));
        Map<String, String> env = Map.of("BATTERYLAB_HOME", fixed.toString(), "XDG_CONFIG_HOME",
                tmp.resolve("config").toString());

        PreferencesDialog dialog = open(fixed, WorkspaceLocation.resolve(system(), env));

        assertEquals(fixed.toString(), dialog.workspaceField().getText());
        assertFalse(dialog.workspaceField().getEditable());
        assertTrue((dialog.workspaceField().getStyle() & SWT.READ_ONLY) != 0);
        assertFalse(dialog.browseButton().isEnabled());
        assertTrue(dialog.notes().stream().anyMatch(n -> n.startsWith("Set by BATTERYLAB_HOME when BatteryLab was"
                + " started; it wins over this setting.")), dialog.notes().toString());
        SwtClicks.press(dialog.getShell(), "Save");
        assertEquals(List.of(List.of()), saves, "nothing changed");
        assertFalse(Files.exists(tmp.resolve("config/batterylab/workspace.location")), "no pointer written");
    }

    private PreferencesDialog open(Path inUse, WorkspaceLocation next) {
        PreferencesDialog dialog = new PreferencesDialog(null, inUse, next, ConnectionCheck::check, saves::add);
        dialog.setBlockOnOpen(false);
        dialog.open();
        SwtWindows.spin(swt.display());
        return dialog;
    }

    private static org.eclipse.swt.widgets.Button saveButton(PreferencesDialog dialog) {
        return SwtClicks.button(dialog.getShell(), "Save");
    }

    private Properties system() {
        Properties system = new Properties();
        system.setProperty("user.home", tmp.toString());
        return system;
    }
}
