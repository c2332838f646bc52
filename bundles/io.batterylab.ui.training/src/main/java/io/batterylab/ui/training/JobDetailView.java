package io.batterylab.ui.training;

import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.TrainingRun;
import io.batterylab.ui.forms.Tabs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * One training job as it runs: per algorithm a tab with the loss and validation-loss curves of its runs and their
 * validation RMSPE, the comparison table across runs, the streamed log, and Cancel.
 */
public final class JobDetailView extends Composite {
    private final Function<String, String> algorithmName;
    private final Label title;
    private final Button cancel;
    private final TabFolder curves;
    private final Map<String, CurveChart[]> charts = new LinkedHashMap<>();
    private final Table comparison;
    private final Text log;
    private JobBoard board;
    private String shownLog = "";

    public JobDetailView(Composite parent, Function<String, String> algorithmName, Runnable onCancel) {
        super(parent, SWT.NONE);
        this.algorithmName = algorithmName;
        setLayout(new GridLayout(2, false));
        title = new Label(this, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        cancel = new Button(this, SWT.PUSH);
        cancel.setText("Cancel job");
        cancel.addListener(SWT.Selection, e -> onCancel.run());
        SashForm sash = new SashForm(this, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        curves = new TabFolder(sash, SWT.TOP);
        comparison = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        comparison.setHeaderVisible(true);
        comparison.setLinesVisible(true);
        for (String column : Comparison.COLUMNS) {
            TableColumn c = new TableColumn(comparison, SWT.RIGHT);
            c.setText(column);
            c.setWidth(switch (column) {
                case "Algorithm" -> 255;
                case "Status" -> 95;
                case "Loss" -> 65;
                case "Run", "Seed" -> 52;
                default -> column.startsWith("Val") || column.startsWith("Test") ? 108 : 60;
            });
        }
        comparison.getColumn(1).setAlignment(SWT.LEFT);
        log = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        sash.setWeights(55, 22, 23);
        show(null);
    }

    /** Shows a job (null: none selected) as the board knows it now. */
    public void show(JobBoard shown) {
        boolean other = shown == null || board == null || shown.job().id() != board.job().id();
        this.board = shown;
        if (other) {
            charts.values().forEach(c -> c[0].chart().getParent().dispose());
            for (TabItem item : curves.getItems()) {
                item.dispose();
            }
            charts.clear();
            log.setText("");
            shownLog = "";
        }
        if (shown == null) {
            title.setText("Select a job to see its curves, metrics and log");
            cancel.setEnabled(false);
            comparison.removeAll();
            return;
        }
        title.setText(shown.job().name() + " — " + shown.job().target().label() + " — " + shown.status());
        cancel.setEnabled(!shown.status().isFinal());
        showCurves(shown);
        showComparison(shown);
        showLog(shown);
        if (other) {
            layout(true, true);
        }
    }

    private void showCurves(JobBoard shown) {
        Map<String, List<TrainingRun>> byAlgorithm = new LinkedHashMap<>();
        shown.job().runs().forEach(r -> byAlgorithm.computeIfAbsent(r.algorithmId(), k -> new ArrayList<>()).add(r));
        byAlgorithm.forEach((id, runs) -> {
            CurveChart[] pair = charts.computeIfAbsent(id, this::newTab);
            List<CurveChart.Curve> loss = new ArrayList<>();
            List<CurveChart.Curve> rmspe = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                TrainingRun run = runs.get(i);
                List<EpochMetrics> epochs = shown.epochs(run);
                String name = runs.size() > 1 ? "seed " + Comparison.seed(run) : "run #" + (run.index() + 1);
                double[] x = epochs.stream().mapToDouble(EpochMetrics::epoch).toArray();
                loss.add(new CurveChart.Curve(name + " loss", x, values(epochs, EpochMetrics::loss), i, false));
                if (epochs.stream().anyMatch(e -> Double.isFinite(e.validationLoss()))) {
                    loss.add(new CurveChart.Curve(name + " validation loss", x,
                            values(epochs, EpochMetrics::validationLoss), i, true));
                }
                if (epochs.stream().anyMatch(e -> e.validation() != null)) {
                    rmspe.add(new CurveChart.Curve(name + " validation RMSPE", x,
                            values(epochs, e -> e.validation() == null ? Double.NaN : e.validation().rmspe()), i, true));
                }
            }
            pair[0].show(loss);
            pair[1].show(rmspe);
        });
        Tabs.showSelected(curves);
    }

    private static double[] values(List<EpochMetrics> epochs, ToDoubleFunction<EpochMetrics> figure) {
        return epochs.stream().mapToDouble(figure).toArray();
    }

    private CurveChart[] newTab(String algorithmId) {
        TabItem tab = new TabItem(curves, SWT.NONE);
        tab.setText(algorithmName.apply(algorithmId));
        Composite pane = new Composite(curves, SWT.NONE);
        pane.setLayout(new FillLayout());
        tab.setControl(pane);
        return new CurveChart[] {new CurveChart(pane, "Loss per epoch", "Loss (normalised MSE)"),
                new CurveChart(pane, "Validation RMSPE", "RMSPE (%)")};
    }

    private void showComparison(JobBoard shown) {
        List<List<String>> rows = Comparison.rows(shown, algorithmName);
        while (comparison.getItemCount() > rows.size()) {
            comparison.getItem(comparison.getItemCount() - 1).dispose();
        }
        for (int i = 0; i < rows.size(); i++) {
            TableItem item = i < comparison.getItemCount() ? comparison.getItem(i) : new TableItem(comparison, SWT.NONE);
            item.setText(rows.get(i).toArray(String[]::new));
        }
    }

    private void showLog(JobBoard shown) {
        StringBuilder text = new StringBuilder();
        for (TrainingRun run : shown.job().runs()) {
            String runLog = shown.log(run);
            if (!runLog.isEmpty()) {
                text.append("── #").append(run.index() + 1).append(' ').append(algorithmName.apply(run.algorithmId()))
                        .append(" ──\n").append(runLog);
            }
        }
        String now = text.toString();
        if (!now.equals(shownLog)) {
            // a long run's log grows by a few lines per redraw: append them rather than replace the whole text
            if (now.startsWith(shownLog)) {
                log.append(now.substring(shownLog.length()));
            } else {
                log.setText(now);
            }
            shownLog = now;
            log.setTopIndex(log.getLineCount() - 1);
        }
    }

    public Table comparisonTable() {
        return comparison;
    }

    public Text logText() {
        return log;
    }

    public Button cancelButton() {
        return cancel;
    }

    /** The loss chart and the metric chart of an algorithm's tab; null when the job has no such algorithm. */
    public CurveChart[] charts(String algorithmId) {
        return charts.get(algorithmId);
    }
}
