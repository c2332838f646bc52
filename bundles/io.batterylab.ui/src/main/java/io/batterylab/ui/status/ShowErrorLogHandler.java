package io.batterylab.ui.status;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Window › Error Log: shows the Error Log part in the current area. */
public class ShowErrorLogHandler {
    @Execute
    public void execute(EPartService parts) {
        parts.showPart(ErrorLogPart.ID, PartState.ACTIVATE);
    }
}
