package io.batterylab.ui.preferences;

import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Spinner;

/** The threads one training run may use. */
final class TrainingSection {
    final Spinner threads;

    TrainingSection(Group g) {
        threads = Forms.spinner(g, "Threads:", 1, WorkbenchPreferences.MAX_THREADS,
                "per training run (libtorch intra-op)");
    }

    void show(WorkbenchPreferences p) {
        threads.setSelection(p.trainingThreads());
    }
}
