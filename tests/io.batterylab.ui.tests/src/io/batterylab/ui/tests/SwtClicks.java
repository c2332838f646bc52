package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** What a person does with the mouse, done on the widgets themselves: the widget's state, then its event. */
final class SwtClicks {
    private SwtClicks() {
    }

    /** The button with this text below the root. */
    static Button button(Composite root, String label) {
        for (Control c : root.getChildren()) {
            if (c instanceof Button b && label.equals(b.getText())) {
                return b;
            }
            if (c instanceof Composite comp) {
                try {
                    return button(comp, label);
                } catch (AssertionError notHere) {
                    // look in the next child
                }
            }
        }
        throw new AssertionError("no button '" + label + "'");
    }

    static void press(Composite root, String label) {
        click(button(root, label));
    }

    /** A radio button is chosen among its siblings, a check box toggles, a push button is pushed. */
    static void click(Button button) {
        assertTrue(button.isEnabled(), "button '" + button.getText() + "' is enabled");
        if ((button.getStyle() & SWT.RADIO) != 0) {
            for (Control sibling : button.getParent().getChildren()) {
                if (sibling instanceof Button b && (b.getStyle() & SWT.RADIO) != 0) {
                    b.setSelection(b == button);
                }
            }
        } else if ((button.getStyle() & SWT.CHECK) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Chooses the first item containing the text. */
    static void select(Combo combo, String part) {
        String[] items = combo.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].contains(part)) {
                combo.select(i);
                combo.notifyListeners(SWT.Selection, new Event());
                combo.notifyListeners(SWT.Modify, new Event());
                return;
            }
        }
        throw new AssertionError("no item with '" + part + "' in " + Arrays.toString(items));
    }

    /** Ticks the row whose first column reads this in a check-box table. */
    static void check(Table table, String label) {
        TableItem item = Arrays.stream(table.getItems()).filter(i -> label.equals(i.getText(0))).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + label + "'"));
        item.setChecked(true);
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        table.notifyListeners(SWT.Selection, event);
    }
}
