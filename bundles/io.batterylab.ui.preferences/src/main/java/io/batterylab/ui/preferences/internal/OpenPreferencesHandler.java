package io.batterylab.ui.preferences.internal;

import io.batterylab.storage.StorageConfigLoader;
import io.batterylab.ui.preferences.PreferencesDialog;
import jakarta.inject.Named;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** File › Preferences…: edits the workspace's batterylab.properties and says which changes wait for a restart. */
public class OpenPreferencesHandler {
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        PreferencesDialog.forWorkbench(shell, StorageConfigLoader.load().home(), changed -> {
            if (!changed.isEmpty()) {
                MessageDialog.openInformation(shell, "Preferences saved", "Saved the new " + String.join(", ", changed)
                        + " settings. Restart BatteryLab for them to take effect.");
            }
        }).open();
    }
}
