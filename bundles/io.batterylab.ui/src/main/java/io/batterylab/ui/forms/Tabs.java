package io.batterylab.ui.forms;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TabFolder;

/** Tab folders filled after they are shown. */
public final class Tabs {
    private Tabs() {
    }

    /**
     * Selects the current (or first) tab and sizes its page: a page added to a folder that is already on screen
     * otherwise stays at zero size on GTK until the person clicks a tab.
     */
    public static void showSelected(TabFolder folder) {
        if (folder.getItemCount() == 0) {
            return;
        }
        int index = Math.max(0, folder.getSelectionIndex());
        folder.setSelection(index);
        Control page = folder.getItem(index).getControl();
        if (page != null) {
            page.setBounds(folder.getClientArea());
            page.setVisible(true);
        }
    }
}
