package io.batterylab.ui.training;

import io.batterylab.ui.areas.AreaParts;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** File → New training job…: shows the Training area and opens its wizard there, so the new job is seen running. */
public class NewTrainingJobHandler {
    @Execute
    public void execute(MApplication application, EModelService models, EPartService parts) {
        AreaParts.activate(application, models, parts, TrainingJobsPart.PERSPECTIVE_ID, TrainingJobsPart.ID,
                TrainingJobsPart.class).ifPresent(TrainingJobsPart::newJob);
    }
}
