package io.batterylab.ui.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A settings form generated from a plugin's settings record: one row per component with its label, an input chosen
 * by type (text for numbers and strings, a drop-down for choices, a check box for flags) and its bounds. Every
 * keystroke is checked; a refused value gets an error decoration and the message line says why.
 */
public final class SettingsForm extends Composite {
    private final SettingsFormModel model;
    private final Map<String, Control> inputs = new LinkedHashMap<>();
    private final Map<String, ControlDecoration> decorations = new LinkedHashMap<>();
    private final Label message;
    private Consumer<Boolean> validityListener = valid -> {
    };

    public SettingsForm(Composite parent, SettingsFormModel model) {
        super(parent, SWT.NONE);
        this.model = model;
        GridLayout layout = new GridLayout(3, false);
        layout.horizontalSpacing = 12;
        setLayout(layout);
        for (SettingField field : model.fields()) {
            addRow(field);
        }
        message = new Label(this, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        message.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        refresh();
    }

    public SettingsFormModel model() {
        return model;
    }

    /** Hears whether the whole form is valid after each change. */
    public void onValidityChange(Consumer<Boolean> listener) {
        validityListener = listener;
    }

    /** The input of one setting (a Text, Combo or Button), for tests and focus. */
    public Control input(String name) {
        return inputs.get(name);
    }

    /** The message under the form: the first problem, or empty. */
    public String message() {
        return message.getText();
    }

    public boolean hasErrorDecoration(String name) {
        return decorations.get(name).isVisible();
    }

    private void addRow(SettingField field) {
        Label label = new Label(this, SWT.NONE);
        label.setText(field.label());
        label.setToolTipText(field.description());
        Control input = input(field);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
        data.widthHint = 220;
        data.horizontalIndent = 8;
        input.setLayoutData(data);
        input.setToolTipText(field.description());
        Label bounds = new Label(this, SWT.NONE);
        bounds.setText(field.bounds());
        bounds.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        ControlDecoration decoration = new ControlDecoration(input, SWT.LEFT | SWT.CENTER);
        decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
                .getImage());
        decoration.hide();
        inputs.put(field.name(), input);
        decorations.put(field.name(), decoration);
    }

    private Control input(SettingField field) {
        String name = field.name();
        if (field.isChoice()) {
            Combo combo = new Combo(this, SWT.READ_ONLY);
            field.choices().forEach(combo::add);
            combo.setText(model.text(name));
            combo.addListener(SWT.Selection, e -> changed(name, combo.getText()));
            return combo;
        }
        if (field.isFlag()) {
            Button check = new Button(this, SWT.CHECK);
            check.setSelection(Boolean.parseBoolean(model.text(name)));
            check.addListener(SWT.Selection, e -> changed(name, Boolean.toString(check.getSelection())));
            return check;
        }
        Text text = new Text(this, SWT.BORDER);
        text.setText(model.text(name));
        text.addListener(SWT.Modify, e -> changed(name, text.getText()));
        return text;
    }

    private void changed(String name, String text) {
        model.set(name, text);
        refresh();
    }

    private void refresh() {
        decorations.forEach((name, decoration) -> {
            var error = model.error(name);
            if (error.isPresent()) {
                decoration.setDescriptionText(error.get());
                decoration.show();
            } else {
                decoration.hide();
            }
        });
        message.setText(model.firstError().orElse(""));
        message.getParent().layout(true);
        validityListener.accept(model.isValid());
    }
}
