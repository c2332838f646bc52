package io.batterylab.ui.areas;

import java.util.List;
import java.util.function.Consumer;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * One toggle per area (perspective) of the stack, in {@link AreaOrder}; the selected area's toggle is
 * pressed. Choosing another hands its perspective to the switch action.
 */
public class AreaSwitcherBar extends Composite {
    private final ToolBar bar;
    private final Consumer<MPerspective> switchTo;

    public AreaSwitcherBar(Composite parent, Consumer<MPerspective> switchTo) {
        super(parent, SWT.NONE);
        this.switchTo = switchTo;
        setLayout(new FillLayout());
        bar = new ToolBar(this, SWT.FLAT | SWT.RIGHT);
    }

    /** Rebuilds the toggles from the stack's visible perspectives. */
    public void show(MPerspectiveStack stack) {
        for (ToolItem item : bar.getItems()) {
            item.dispose();
        }
        List<MPerspective> areas = AreaOrder.sort(
                stack.getChildren().stream().filter(p -> p.isToBeRendered() && p.isVisible()).toList(),
                MPerspective::getElementId);
        for (MPerspective area : areas) {
            if (bar.getItemCount() > 0) {
                // GTK draws radio tool items edge to edge: a separator keeps the area names apart
                new ToolItem(bar, SWT.SEPARATOR);
            }
            ToolItem item = new ToolItem(bar, SWT.RADIO);
            item.setText(area.getLocalizedLabel() == null ? area.getElementId() : area.getLocalizedLabel());
            item.setToolTipText(area.getLocalizedTooltip());
            item.setData(area);
            item.setSelection(area == stack.getSelectedElement());
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection() && area != stack.getSelectedElement()) {
                    switchTo.accept(area);
                }
            });
        }
        bar.pack();
        pack();
        getParent().layout(true, true);
    }

    /** The area toggles, in order. */
    public List<ToolItem> items() {
        return java.util.Arrays.stream(bar.getItems()).filter(i -> (i.getStyle() & SWT.RADIO) != 0).toList();
    }
}
