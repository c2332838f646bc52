package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Battery;
import io.batterylab.ui.training.AlgorithmsPage;
import io.batterylab.ui.training.CellRole;
import io.batterylab.ui.training.DataPage;
import io.batterylab.ui.training.NewTrainingJobWizard;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Drives the New training job wizard and plain windows through their real widgets, as a person would. */
final class TrainingWizardDriver {
    private final Display display;

    TrainingWizardDriver(Display display) {
        this.display = display;
    }

    WizardDialog openWizard(NewTrainingJobWizard wizard) {
        WizardDialog dialog = new WizardDialog(null, wizard);
        dialog.setBlockOnOpen(false);
        dialog.setPageSize(900, 520);
        dialog.open();
        SwtWindows.spin(display);
        return dialog;
    }

    Shell shell(String title, int width, int height) {
        Shell shell = new Shell(display);
        shell.setText(title);
        shell.setSize(width, height);
        shell.setLayout(new FillLayout());
        return shell;
    }

    void assign(DataPage data, Battery cell, CellRole role) {
        Table table = data.cellTable();
        TableItem item = Arrays.stream(table.getItems()).filter(i -> i.getData().equals(cell.id())).findFirst()
                .orElseThrow(() -> new AssertionError("cell " + cell.name() + " is listed"));
        table.setSelection(item);
        press(data.roleButton(role));
    }

    void tick(AlgorithmsPage page, String algorithmId) {
        TableItem item = row(page.algorithmTable(), algorithmId)
                .orElseThrow(() -> new AssertionError(algorithmId + " is offered"));
        item.setChecked(true);
        Event event = new Event();
        event.detail = SWT.CHECK;
        event.item = item;
        page.algorithmTable().notifyListeners(SWT.Selection, event);
        SwtWindows.spin(display);
    }

    static Optional<TableItem> row(Table table, String id) {
        return Arrays.stream(table.getItems()).filter(i -> id.equals(i.getText(1))).findFirst();
    }

    void press(Button button) {
        assertTrue(button.isEnabled(), "'" + button.getText() + "' is enabled");
        button.notifyListeners(SWT.Selection, new Event());
        SwtWindows.spin(display);
    }

    static Button button(WizardDialog dialog, String label) {
        return findIn(dialog.getShell(), label);
    }

    private static Button find(Composite root, String label) {
        for (Control c : root.getChildren()) {
            if (c instanceof Button b && b.getText().replace("&", "").contains(label)) {
                return b;
            }
            if (c instanceof Composite composite) {
                Button found = find(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static Button findIn(Composite root, String label) {
        Button found = find(root, label);
        if (found == null) {
            throw new AssertionError("no button '" + label + "'");
        }
        return found;
    }
}
