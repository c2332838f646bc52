package io.batterylab.ui.testing.internal;

import io.batterylab.ui.testing.TestJobsView;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Composite;

/** The Test jobs view as a part; opening a job shows it in the Test results part. */
public class TestJobsPart {
    public static final String ID = "io.batterylab.ui.testing.part.jobs";

    @Inject
    private InjectedServices injected;
    @Inject
    private EPartService parts;

    private TestJobsView view;

    @PostConstruct
    public void create(Composite parent) {
        view = new TestJobsView(parent, injected.services());
        view.onOpen(job -> {
            MPart results = parts.showPart(TestResultPart.ID, PartState.VISIBLE);
            if (results != null && results.getObject() instanceof TestResultPart part) {
                part.show(job.id());
            }
        });
    }

    /** Opens the New test job dialog with the model version preselected. */
    public void newJob(Long modelVersionId) {
        view.openNewJob(modelVersionId, true);
    }

    @Focus
    public void focus() {
        view.setFocus();
    }
}
