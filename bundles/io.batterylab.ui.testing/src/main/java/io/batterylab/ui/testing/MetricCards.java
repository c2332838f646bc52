package io.batterylab.ui.testing;

import io.batterylab.core.testing.TargetMetrics;
import io.batterylab.core.training.Metrics;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/** One card per scored target with the overall metrics of a test job, in display units. */
final class MetricCards extends Composite {
    private final List<Group> cards = new ArrayList<>();

    MetricCards(Composite parent) {
        super(parent, SWT.NONE);
        RowLayout layout = new RowLayout();
        layout.spacing = 12;
        layout.marginLeft = 0;
        setLayout(layout);
    }

    void show(List<TargetMetrics> overall) {
        for (Control c : getChildren()) {
            c.dispose();
        }
        cards.clear();
        for (TargetMetrics tm : overall) {
            cards.add(card(tm));
        }
        if (overall.isEmpty()) {
            new Label(this, SWT.NONE).setText("No metrics yet: they appear when the job has succeeded.");
        }
        getParent().layout(true, true);
    }

    private Group card(TargetMetrics tm) {
        TargetScale scale = TargetScale.of(tm.target());
        Metrics m = tm.metrics();
        Group card = new Group(this, SWT.NONE);
        card.setText(tm.target().label() + " — " + m.count() + " rows");
        card.setLayout(new GridLayout(4, false));
        figure(card, "RMSE", number(scale.shown(m.rmse())) + " " + scale.unit());
        figure(card, "MAE", number(scale.shown(m.mae())) + " " + scale.unit());
        figure(card, "R²", number(m.r2()));
        figure(card, "RMSPE", number(m.rmspe()) + " %"
                + (m.rmspeExcluded() > 0 ? " (" + m.rmspeExcluded() + " rows with truth 0 left out)" : ""));
        return card;
    }

    private static void figure(Composite card, String name, String value) {
        Label label = new Label(card, SWT.NONE);
        label.setText(name);
        Label figure = new Label(card, SWT.NONE);
        figure.setText(value);
        figure.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().indent(0, 0).hint(SWT.DEFAULT, SWT.DEFAULT).applyTo(figure);
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e6) ? String.format("%.3e", v) : String.format("%.4g", v);
    }

    /** The card titles then, per card, its figures' texts in order; for tests and screenshots. */
    List<List<String>> texts() {
        List<List<String>> texts = new ArrayList<>();
        for (Group card : cards) {
            List<String> values = new ArrayList<>(List.of(card.getText()));
            for (Control c : card.getChildren()) {
                values.add(((Label) c).getText());
            }
            texts.add(values);
        }
        return texts;
    }
}
