package io.batterylab.ui.areas;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.event.EventHandler;

/**
 * The area switcher in the window's top trim: follows the perspective stack
 * {@value #STACK_ID} (areas added by fragments, the selected area) and switches perspectives.
 */
public class AreaSwitcher {
    public static final String STACK_ID = "io.batterylab.app.perspectives";

    @Inject
    private IEventBroker broker;
    private AreaSwitcherBar bar;
    private EventHandler onChange;

    @PostConstruct
    public void create(Composite parent, MApplication application, EModelService models, EPartService parts) {
        MPerspectiveStack stack = (MPerspectiveStack) models.find(STACK_ID, application);
        bar = new AreaSwitcherBar(parent, parts::switchPerspective);
        if (stack == null) {
            return;
        }
        bar.show(stack);
        onChange = event -> {
            if (event.getProperty(UIEvents.EventTags.ELEMENT) == stack && !bar.isDisposed()) {
                bar.show(stack);
            }
        };
        broker.subscribe(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT, onChange);
        broker.subscribe(UIEvents.ElementContainer.TOPIC_CHILDREN, onChange);
    }

    @PreDestroy
    void dispose() {
        if (onChange != null) {
            broker.unsubscribe(onChange);
        }
    }
}
