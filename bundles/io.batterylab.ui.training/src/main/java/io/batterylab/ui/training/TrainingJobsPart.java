package io.batterylab.ui.training;

import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.ui.session.UserSession;
import io.batterylab.ui.status.UiJobs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;

/** The Training area's part: the jobs view over the injected services, the wizard, and the live event feed. */
public class TrainingJobsPart {
    public static final String ID = "io.batterylab.ui.training.part.jobs";
    public static final String PERSPECTIVE_ID = "io.batterylab.ui.training.perspective";

    @Inject
    private TrainingJobService jobs;
    @Inject
    private ModelVersionService versions;
    @Inject
    private AlgorithmRegistry algorithms;
    @Inject
    private BatteryService batteries;
    @Inject
    private UserSession session;

    private TrainingJobsView view;
    private AutoCloseable listening;

    @PostConstruct
    public void create(Composite parent) {
        view = new TrainingJobsView(parent, jobs, versions, algorithms, session.userId(), this::newJob);
        listening = jobs.listen(view::accept);
    }

    /** Opens the New training job wizard (over the cells the user may train on); a submitted job opens here. */
    public void newJob() {
        UiJobs.schedule(view, "List cells", m -> batteries.list(session.userId(), BatteryFilter.all()), cells -> {
            NewTrainingJobWizard wizard = new NewTrainingJobWizard(cells, algorithms,
                    spec -> UiJobs.schedule(view, "Submit training job", m -> jobs.submit(session.userId(), spec), job -> {
                        view.refresh();
                        view.open(job.id());
                    }));
            new WizardDialog(view.getShell(), wizard).open();
        });
    }

    @Focus
    public void focus() {
        view.setFocus();
    }

    /** Stops listening only: the jobs keep running in the service. */
    @PreDestroy
    public void dispose() throws Exception {
        listening.close();
    }
}
