package io.batterylab.ui.monitoring;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The banner across the area while a DANGER alarm is open and not acknowledged: vermilion, bold, with its actions. */
final class DangerBanner {
    private final Composite bar;
    private final Label text;
    private final Button acknowledge;
    private final Button show;

    DangerBanner(Composite parent) {
        bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(3, false));
        bar.setBackground(new Color(StatusColors.DANGER));
        text = new Label(bar, SWT.WRAP);
        text.setBackground(bar.getBackground());
        text.setForeground(bar.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        FontData data = text.getFont().getFontData()[0];
        Font bold = new Font(bar.getDisplay(), data.getName(), data.getHeight() + 3, SWT.BOLD);
        bar.addDisposeListener(e -> bold.dispose());
        text.setFont(bold);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        show = new Button(bar, SWT.PUSH);
        show.setText("Show device");
        acknowledge = new Button(bar, SWT.PUSH);
        acknowledge.setText("Acknowledge");
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        setVisible(false, "");
    }

    void setVisible(boolean visible, String message) {
        text.setText(message);
        ((GridData) bar.getLayoutData()).exclude = !visible;
        bar.setVisible(visible);
        bar.getParent().layout(true, true);
    }

    boolean visible() {
        return bar.getVisible();
    }

    String text() {
        return text.getText();
    }

    Button acknowledgeButton() {
        return acknowledge;
    }

    Button showButton() {
        return show;
    }
}
