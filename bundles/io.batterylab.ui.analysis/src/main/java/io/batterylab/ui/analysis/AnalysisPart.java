package io.batterylab.ui.analysis;

import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import io.batterylab.ui.session.UiEvents;
import io.batterylab.ui.session.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.widgets.Composite;

/** The Analysis area's part: the services and the signed-in user handed to {@link AnalysisView}. */
public class AnalysisPart {
    @Inject
    private BatteryService batteries;
    @Inject
    private AnalysisService analysis;
    @Inject
    private UserSession session;

    private AnalysisView view;

    @PostConstruct
    public void create(Composite parent) {
        long user = session.userId();
        view = new AnalysisView(parent, filter -> batteries.list(user, filter),
                new AnalysisLoader(batteries, analysis, user));
        view.start();
    }

    @Inject
    @Optional
    void batteriesChanged(@UIEventTopic(UiEvents.BATTERIES_CHANGED) Object change) {
        if (view != null && !view.isDisposed()) {
            view.browser().refresh();
        }
    }
}
