package io.batterylab.ui.monitoring.internal;

import io.batterylab.ui.monitoring.MonitoringView;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The Monitoring view as a part; says how to switch monitoring on when it is off. */
public class MonitoringPart {
    public static final String ID = "io.batterylab.ui.monitoring.part.live";

    @Inject
    private InjectedServices injected;

    private MonitoringView view;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        injected.services().ifPresentOrElse(services -> view = new MonitoringView(parent, services), () -> {
            Label off = new Label(parent, SWT.WRAP);
            off.setText("Live monitoring is off. Set mqtt.broker=external and mqtt.uri (the broker your sensor nodes "
                    + "publish to) in batterylab.properties in the BatteryLab home folder, then restart; "
                    + "see README, Configuration.");
        });
    }

    @Focus
    public void focus() {
        if (view != null) {
            view.setFocus();
        }
    }
}
