package io.batterylab.ui.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** The widgets of the Preferences sections, laid out on three columns: label, field, hint or button. */
final class Forms {
    static final int WIDE = 460;

    private Forms() {
    }

    static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(3, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    static Button radio(Composite g, String text) {
        Button b = new Button(g, SWT.RADIO);
        b.setText(text);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(b);
        return b;
    }

    static Button check(Composite g, String text) {
        new Label(g, SWT.NONE);
        Button b = new Button(g, SWT.CHECK);
        b.setText(text);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(b);
        return b;
    }

    static Text text(Composite g, String label, int style, String hint) {
        new Label(g, SWT.NONE).setText(label);
        Text t = new Text(g, style);
        t.setMessage(hint);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(t);
        return t;
    }

    static Spinner spinner(Composite g, String label, int min, int max, String hint) {
        new Label(g, SWT.NONE).setText(label);
        Spinner s = new Spinner(g, SWT.BORDER);
        s.setValues(min, min, max, 0, 1, 10);
        Label note = new Label(g, SWT.NONE);
        note.setText(hint);
        return s;
    }

    /** A wrapping line of text across the three columns. */
    static Label note(Composite g, String text) {
        Label note = new Label(g, SWT.WRAP);
        note.setText(text);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(WIDE, SWT.DEFAULT).applyTo(note);
        return note;
    }
}
