package io.batterylab.ui.models;

import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.ui.session.UiEvents;
import io.batterylab.ui.session.UserSession;
import io.batterylab.ui.status.UiJobs;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** The Models area's part: the model library over the injected services; "Test this model…" goes to Testing. */
public class ModelLibraryPart {
    @Inject
    private ModelVersionService versions;
    @Inject
    private TrainingJobService jobs;
    @Inject
    private AlgorithmRegistry algorithms;
    @Inject
    private UserSession session;
    @Inject
    private IEventBroker broker;

    private ModelLibraryView view;

    @PostConstruct
    public void create(Composite parent) {
        Shell shell = parent.getShell();
        view = new ModelLibraryView(parent, versions, algorithms, session.userId(), new SwtDialogs(shell),
                id -> broker.post(UiEvents.TEST_MODEL_VERSION, id));
    }

    @Focus
    public void focus() {
        view.setFocus();
    }

    private final class SwtDialogs implements ModelLibraryView.Dialogs {
        private final Shell shell;
        SwtDialogs(Shell shell) {
            this.shell = shell;
        }

        @Override
        public Optional<Path> exportTo(ModelVersion version) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setText("Export model #" + version.id());
            dialog.setFileName("model-" + version.id() + "-" + version.algorithmId() + ".zip");
            dialog.setFilterExtensions(new String[] {"*.zip"});
            dialog.setOverwrite(true);
            return Optional.ofNullable(dialog.open()).map(Path::of);
        }

        @Override
        public Optional<Path> importFrom() {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText("Import a model archive");
            dialog.setFilterExtensions(new String[] {"*.zip"});
            return Optional.ofNullable(dialog.open()).map(Path::of);
        }

        @Override
        public boolean confirmDelete(ModelVersion version) {
            return MessageDialog.openConfirm(shell, "Delete model",
                    "Delete model #" + version.id() + " (" + version.algorithmId() + ", " + version.target().label()
                            + ") and its files? This cannot be undone.");
        }

        @Override
        public void details(ModelVersion version) {
            String name = algorithms.find(version.algorithmId()).map(a -> a.displayName())
                    .orElse(version.algorithmId() + " (not installed)");
            UiJobs.schedule(view, "Load training curve of model #" + version.id(), m -> curve(version),
                    epochs -> new ModelDetailsDialog(shell, version, name, epochs).open());
        }

        private List<EpochMetrics> curve(ModelVersion version) {
            return version.runId() == null ? List.of() : jobs.epochs(session.userId(), version.runId());
        }
    }
}
