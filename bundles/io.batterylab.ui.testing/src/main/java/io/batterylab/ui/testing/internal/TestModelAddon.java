package io.batterylab.ui.testing.internal;

import io.batterylab.ui.areas.AreaParts;
import io.batterylab.ui.session.UiEvents;
import jakarta.inject.Inject;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * "Test this model…" from anywhere (the Models area posts {@link UiEvents#TEST_MODEL_VERSION} with the model version
 * id): switches to the Testing area and opens the New test job dialog with that model version preselected.
 */
public class TestModelAddon {
    public static final String PERSPECTIVE_ID = "io.batterylab.ui.testing.perspective";

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;
    @Inject
    private EPartService parts;

    @Inject
    @Optional
    void testModel(@UIEventTopic(UiEvents.TEST_MODEL_VERSION) Object modelVersionId) {
        Long id = modelVersionId(modelVersionId);
        if (id == null) {
            return;
        }
        AreaParts.activate(application, models, parts, PERSPECTIVE_ID, TestJobsPart.ID, TestJobsPart.class)
                .ifPresent(part -> part.newJob(id));
    }

    /** The event's data: a number, or its decimal text; anything else is ignored. */
    static Long modelVersionId(Object data) {
        if (data instanceof Number n) {
            return n.longValue();
        }
        if (data instanceof String s && s.strip().matches("\\d{1,18}")) {
            return Long.parseLong(s.strip());
        }
        return null;
    }
}
