package io.batterylab.ui.preferences;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Spinner;

/** The REST server's port and whether it starts with the workbench. */
final class RestSection {
    final Spinner port;
    final Button autostart;

    RestSection(Group g) {
        port = Forms.spinner(g, "Port:", 0, 65535, "0 = any free port");
        autostart = Forms.check(g, "Start the REST server with the workbench");
    }

    void show(WorkbenchPreferences p) {
        port.setSelection(p.restPort());
        autostart.setSelection(p.restAutostart());
    }
}
