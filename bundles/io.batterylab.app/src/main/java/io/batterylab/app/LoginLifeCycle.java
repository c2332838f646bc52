package io.batterylab.app;

import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.core.service.UserService;
import io.batterylab.ui.login.LoginDialog;
import io.batterylab.ui.session.UserSession;
import java.lang.reflect.InvocationTargetException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;

/**
 * Before the window opens: makes sure the built-in cells are in the database (first start) and
 * asks the user to log in or register. The session goes into the application context.
 */
public class LoginLifeCycle {

    @PostContextCreate
    void start(IEclipseContext context, UserService users, BuiltInDataService builtIn) {
        loadBuiltInData(builtIn);
        LoginDialog dialog = new LoginDialog(null, users);
        if (dialog.open() != Window.OK) {
            // e4 gives the life-cycle hook no veto over the start; leaving is the only way out
            System.exit(0);
        }
        context.set(UserSession.class, new UserSession(dialog.user()));
    }

    private static void loadBuiltInData(BuiltInDataService builtIn) {
        if (builtIn.isLoaded()) {
            return;
        }
        try {
            new ProgressMonitorDialog(null).run(true, false, monitor -> {
                monitor.beginTask("First start: loading the built-in synthetic cells", IProgressMonitor.UNKNOWN);
                try {
                    builtIn.ensureLoaded((done, total, message) -> {
                        monitor.subTask(message + " (" + done + " / " + total + ")");
                    });
                } catch (java.io.IOException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(null, "BatteryLab", "The built-in sample data could not be loaded: "
                    + e.getCause().getMessage() + "\nYou can still upload your own data.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
