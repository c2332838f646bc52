package io.batterylab.ui.parts;

import io.batterylab.core.model.Battery;
import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import io.batterylab.ui.data.BatteryDataView;
import io.batterylab.ui.session.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Composite;

/** Shows the selected battery's chart and statistics. */
public class DataPart {
    private static final int HISTOGRAM_BINS = 20;

    @Inject
    private BatteryService batteries;
    @Inject
    private AnalysisService analysis;
    @Inject
    private UserSession session;

    private BatteryDataView view;

    @PostConstruct
    public void create(Composite parent) {
        view = new BatteryDataView(parent);
    }

    @Inject
    @Optional
    void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Battery battery) {
        if (view == null || view.isDisposed() || battery == null) {
            return;
        }
        long user = session.userId();
        view.show(battery, batteries.cycles(user, battery.id()),
                analysis.statistics(user, List.of(battery.id()), HISTOGRAM_BINS),
                analysis.trend(user, battery.id()).orElse(null));
    }
}
