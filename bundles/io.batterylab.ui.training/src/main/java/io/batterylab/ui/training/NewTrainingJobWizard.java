package io.batterylab.ui.training;

import io.batterylab.core.model.Battery;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.TrainingJobSpec;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jface.wizard.Wizard;

/**
 * "New training job": name, target and cells, then algorithms with their generated settings forms and seeds. Finish
 * hands the spec to the submitter (which runs the service call in the background) and closes.
 */
public final class NewTrainingJobWizard extends Wizard {
    private final DataPage data;
    private final AlgorithmsPage algorithms;
    private final Consumer<TrainingJobSpec> submitter;

    /** @param cells the cells the user may train on (built-in and own uploads) */
    public NewTrainingJobWizard(List<Battery> cells, AlgorithmRegistry registry, Consumer<TrainingJobSpec> submitter) {
        this.data = new DataPage(cells);
        this.algorithms = new AlgorithmsPage(registry, data::target);
        this.submitter = submitter;
        setWindowTitle("New training job");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(data);
        addPage(algorithms);
    }

    /** The job as the pages describe it now. */
    public TrainingJobSpec spec() {
        return new TrainingJobSpec(data.jobName(), data.target(), data.roles().selection(1), algorithms.runs());
    }

    @Override
    public boolean performFinish() {
        try {
            submitter.accept(spec());
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            algorithms.setErrorMessage(e.getMessage());
            return false;
        }
    }

    /** The pages, for tests that drive the real widgets. */
    public DataPage dataPage() {
        return data;
    }

    public AlgorithmsPage algorithmsPage() {
        return algorithms;
    }
}
