package io.batterylab.ui.status;

import jakarta.annotation.PostConstruct;
import org.eclipse.swt.widgets.Composite;

/** The Error Log part: every failure of this session that the workbench reported. */
public class ErrorLogPart {
    public static final String ID = "io.batterylab.ui.part.errorLog";

    @PostConstruct
    public void create(Composite parent) {
        new ErrorLogView(parent, FailureReporter.of(parent.getDisplay()).log());
    }
}
