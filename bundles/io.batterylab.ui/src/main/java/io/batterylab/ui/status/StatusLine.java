package io.batterylab.ui.status;

import jakarta.annotation.PostConstruct;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;

/**
 * The bottom status line: "Ready", or the last failure in words with a link to the Error Log.
 * A tool control in the window's bottom trim.
 */
public class StatusLine {
    private Link text;

    @PostConstruct
    public void create(Composite parent, EPartService parts) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 2).applyTo(box);
        text = new Link(box, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(text);
        text.setText("Ready");
        text.addListener(SWT.Selection, e -> parts.showPart(ErrorLogPart.ID, PartState.ACTIVATE));
        ErrorLog log = FailureReporter.of(parent.getDisplay()).log();
        Runnable stop = log.listen(f -> parent.getDisplay().asyncExec(() -> show(f)));
        box.addDisposeListener(e -> stop.run());
    }

    private void show(Failure failure) {
        if (text == null || text.isDisposed()) {
            return;
        }
        // a Link treats '&' as a mnemonic marker
        text.setText(failure.summary().replace("&", "&&") + "  <a>Error Log</a>");
        text.getParent().layout(true);
    }
}
