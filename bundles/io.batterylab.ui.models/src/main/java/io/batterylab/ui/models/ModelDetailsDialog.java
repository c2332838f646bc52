package io.batterylab.ui.models;

import io.batterylab.core.model.Feature;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.ui.charts.ChartStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;

/** A model version's full configuration and its training curve (chart of the losses, table of every epoch). */
final class ModelDetailsDialog extends Dialog {
    private final ModelVersion version;
    private final String algorithmName;
    private final List<EpochMetrics> epochs;

    ModelDetailsDialog(Shell parent, ModelVersion version, String algorithmName, List<EpochMetrics> epochs) {
        super(parent);
        this.version = version;
        this.algorithmName = algorithmName;
        this.epochs = epochs;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Model #" + version.id() + " — " + algorithmName);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 720;
        data.heightHint = 220;
        text.setLayoutData(data);
        text.setText(describe(version, algorithmName, epochs));
        if (!epochs.isEmpty()) {
            Chart chart = ChartStyle.create(area);
            GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true);
            chartData.heightHint = 300;
            chart.setLayoutData(chartData);
            ChartStyle.titles(chart, "Training curve", "Epoch", "Loss (normalised MSE)");
            ChartStyle.wholeNumbers(chart, IAxis.Direction.X);
            double[] x = epochs.stream().mapToDouble(EpochMetrics::epoch).toArray();
            ChartStyle.line(chart, "loss", "loss", 0, x, epochs.stream().mapToDouble(EpochMetrics::loss).toArray());
            if (epochs.stream().anyMatch(e -> Double.isFinite(e.validationLoss()))) {
                ChartStyle.line(chart, "validation loss", "validation loss", 1, x,
                        epochs.stream().mapToDouble(EpochMetrics::validationLoss).toArray());
            }
            ChartStyle.fit(chart);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Close", true);
    }

    /** Everything stored about the model version, as a person reads it. */
    static String describe(ModelVersion v, String algorithmName, List<EpochMetrics> epochs) {
        StringBuilder s = new StringBuilder();
        s.append("Algorithm: ").append(algorithmName).append(" (").append(v.algorithmId()).append(' ')
                .append(v.algorithmVersion()).append(")\n");
        s.append("Target: ").append(v.target().label()).append(" [").append(v.target().unit()).append("]\n");
        s.append("Features: ").append(v.features().stream().map(Feature::key).collect(Collectors.joining(", ")))
                .append('\n');
        s.append("Settings: ").append(v.settingsJson()).append('\n');
        var d = v.dataset();
        if (d != null) {
            s.append("Training cells: ").append(d.trainCells()).append('\n');
            s.append("Validation cells: ").append(d.validationCells()).append('\n');
            s.append("Test cells: ").append(d.testCells()).append('\n');
            if (d.leaks()) {
                s.append("Row-level split (leaks): validation ").append(d.rowLevelSplit().validationFraction())
                        .append(", test ").append(d.rowLevelSplit().testFraction()).append('\n');
            }
        }
        s.append("Validation: ").append(metrics(v.validation())).append('\n');
        s.append("Test: ").append(metrics(v.test())).append('\n');
        s.append("Created: ").append(v.createdAt()).append(v.runId() == null ? " (imported)" : " by run " + v.runId())
                .append("\n\nTraining curve (epoch, loss, validation loss, validation RMSPE %):\n");
        if (epochs.isEmpty()) {
            s.append("  not stored (imported model, or its training job was deleted)\n");
        }
        for (EpochMetrics e : epochs) {
            s.append(String.format(Locale.ROOT, "  %5d  %.6g  %.6g  %s%n", e.epoch(), e.loss(), e.validationLoss(),
                    e.validation() == null ? "–" : String.format(Locale.ROOT, "%.4g", e.validation().rmspe())));
        }
        return s.toString();
    }

    private static String metrics(Metrics m) {
        return m == null ? "–" : String.format(Locale.ROOT, "RMSPE %.4g %%, MSE %.4g, RMSE %.4g, MAE %.4g, R² %.4f (%d rows)",
                m.rmspe(), m.mse(), m.rmse(), m.mae(), m.r2(), m.count());
    }
}
