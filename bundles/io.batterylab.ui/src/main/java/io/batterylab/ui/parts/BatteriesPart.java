package io.batterylab.ui.parts;

import io.batterylab.core.service.BatteryService;
import io.batterylab.ui.browser.BatteryBrowser;
import io.batterylab.ui.session.UiEvents;
import io.batterylab.ui.session.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.widgets.Composite;

/** The battery browser as a workbench part; its selection is the workbench selection. */
public class BatteriesPart {
    @Inject
    private BatteryService batteries;
    @Inject
    private UserSession session;
    @Inject
    private ESelectionService selection;

    private BatteryBrowser browser;

    @PostConstruct
    public void create(Composite parent) {
        browser = new BatteryBrowser(parent, filter -> batteries.list(session.userId(), filter));
        browser.onSelection(selection::setSelection);
        browser.refresh();
    }

    @Inject
    @Optional
    void batteriesChanged(@UIEventTopic(UiEvents.BATTERIES_CHANGED) Object change) {
        if (browser != null && !browser.isDisposed()) {
            browser.refresh();
        }
    }

    @Focus
    public void focus() {
        browser.setFocus();
    }
}
