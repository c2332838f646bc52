package io.batterylab.ui.testing.internal;

import io.batterylab.ui.testing.ExportFlow;
import io.batterylab.ui.testing.TestResultView;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;

/** The result editor of the Testing area: shows the test job opened from the Test jobs part. */
public class TestResultPart {
    public static final String ID = "io.batterylab.ui.testing.part.result";

    @Inject
    private InjectedServices injected;

    private TestResultView view;

    @PostConstruct
    public void create(Composite parent) {
        view = new TestResultView(parent, injected.services(), ExportFlow.withDialogs(injected.services()));
    }

    public void show(long jobId) {
        view.show(jobId);
    }

    @Focus
    public void focus() {
        view.refreshFormats();
        view.setFocus();
    }
}
