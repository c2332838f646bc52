package io.batterylab.ui.preferences.internal;

import io.batterylab.core.workspace.WorkspaceException;
import io.batterylab.core.workspace.WorkspaceLocation;
import io.batterylab.core.workspace.WorkspacePointer;
import io.batterylab.storage.Database;
import io.batterylab.ui.preferences.PreferencesDialog;
import jakarta.inject.Named;
import java.nio.file.Path;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * File › Preferences…: edits the batterylab.properties of the workspace in use (the running database's) and the
 * workspace of the next start, and says which changes wait for a restart.
 */
public class OpenPreferencesHandler {
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Database database) {
        Path inUse = database.config().home();
        PreferencesDialog.forWorkbench(shell, inUse, nextWorkspace(shell, inUse), changed -> {
            if (!changed.isEmpty()) {
                MessageDialog.openInformation(shell, "Preferences saved", "Saved the new " + String.join(", ", changed)
                        + " settings. Restart BatteryLab for them to take effect.");
            }
        }).open();
    }

    /** What the next start would use; a broken pointer file is reported and can be replaced in the dialog. */
    private static WorkspaceLocation nextWorkspace(Shell shell, Path inUse) {
        try {
            return WorkspaceLocation.resolve();
        } catch (WorkspaceException e) {
            MessageDialog.openError(shell, "Workspace location", e.getMessage());
            return new WorkspaceLocation(inUse, WorkspaceLocation.Source.POINTER_FILE,
                    WorkspacePointer.file(System.getProperties(), System.getenv()));
        }
    }
}
