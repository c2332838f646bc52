package io.batterylab.ui.areas;

import java.util.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Brings an area's part to the front from anywhere (a menu command, another area): its perspective, then the part. */
public final class AreaParts {
    private AreaParts() {
    }

    /**
     * Switches to the area's perspective (when installed) and activates the part.
     *
     * @return the part's object, when the part exists and is of that type
     */
    public static <T> Optional<T> activate(MApplication application, EModelService models, EPartService parts,
            String perspectiveId, String partId, Class<T> type) {
        if (models.find(perspectiveId, application) instanceof MPerspective area) {
            parts.switchPerspective(area);
        }
        MPart part = parts.showPart(partId, PartState.ACTIVATE);
        return part != null && type.isInstance(part.getObject()) ? Optional.of(type.cast(part.getObject()))
                : Optional.empty();
    }
}
