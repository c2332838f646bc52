package io.batterylab.ui.monitoring.internal;

import io.batterylab.monitor.MonitorService;
import io.batterylab.ui.monitoring.MonitoringView;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The Monitoring view as a part; says how to switch monitoring on when it is off. The monitor service comes and goes
 * with its component (it starts after the database), so the part shows the view whenever the service is there.
 */
public class MonitoringPart {
    public static final String ID = "io.batterylab.ui.monitoring.part.live";

    @Inject
    private InjectedServices injected;

    private Composite parent;
    private MonitorService shown;
    private MonitoringView view;

    @PostConstruct
    public void create(Composite parent) {
        this.parent = parent;
        parent.setLayout(new FillLayout());
        show();
    }

    /** Called by e4 with the service whenever it is registered or unregistered (null then). */
    @Inject
    @Optional
    void monitorChanged(@Optional MonitorService monitor) {
        injected.monitor = monitor;
        if (parent != null && !parent.isDisposed()) {
            parent.getDisplay().asyncExec(() -> {
                if (!parent.isDisposed() && shown != injected.monitor) {
                    show();
                }
            });
        }
    }

    private void show() {
        for (Control child : parent.getChildren()) {
            child.dispose();
        }
        view = null;
        shown = injected.monitor;
        injected.services().ifPresentOrElse(services -> view = new MonitoringView(parent, services), () -> {
            Label off = new Label(parent, SWT.WRAP);
            off.setText("Live monitoring is off. Set mqtt.broker=embedded (BatteryLab runs its own broker) or "
                    + "mqtt.broker=external and mqtt.uri (the broker your sensor nodes publish to) in "
                    + "batterylab.properties in the BatteryLab home folder, then restart; if it is set, the log says "
                    + "why the monitor did not start (a taken port, a broker that refused, an embedded broker on the network "
                    + "without mqtt.embedded.user/password or mqtt.embedded.anonymous=true). See README, Configuration.");
        });
        parent.layout(true, true);
    }

    @Focus
    public void focus() {
        if (view != null) {
            view.setFocus();
        }
    }
}
