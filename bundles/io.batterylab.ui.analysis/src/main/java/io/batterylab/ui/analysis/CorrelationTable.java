package io.batterylab.ui.analysis;

import io.batterylab.core.analysis.Correlation;
import io.batterylab.core.model.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/** Each feature's Pearson and Spearman correlation with RUL and with PCL, and the rows they used. */
public class CorrelationTable {
    /** One table row: a feature and its correlations with the two targets (absent when missing). */
    record Row(Feature feature, Optional<Correlation> rul, Optional<Correlation> pcl) {
    }

    private final ResultTable<Row> table;

    public CorrelationTable(Composite parent) {
        table = new ResultTable<>(parent, Row.class)
                .column("Feature", 170, SWT.LEFT, r -> r.feature().label())
                .column("Pearson r, RUL", 130, SWT.RIGHT, r -> pearson(r.rul()))
                .column("Spearman ρ, RUL", 140, SWT.RIGHT, r -> spearman(r.rul()))
                .column("Pearson r, PCL", 130, SWT.RIGHT, r -> pearson(r.pcl()))
                .column("Spearman ρ, PCL", 140, SWT.RIGHT, r -> spearman(r.pcl()))
                .column("Rows", 80, SWT.RIGHT, r -> r.rul().or(r::pcl).map(c -> Long.toString(c.n())).orElse("missing"));
    }

    public void show(AnalysisResult result) {
        List<Row> rows = new ArrayList<>();
        if (result != null) {
            for (Feature f : Feature.values()) {
                rows.add(new Row(f, find(result, f, "rul"), find(result, f, "pcl")));
            }
        }
        table.show(rows);
    }

    private static Optional<Correlation> find(AnalysisResult result, Feature f, String target) {
        return result.correlations().withTargets().stream()
                .filter(c -> c.column().equals(f.key()) && c.against().equals(target)).findFirst();
    }

    private static String pearson(Optional<Correlation> c) {
        return c.map(x -> AnalysisSeries.format(x.pearson(), "%.3f")).orElse("missing");
    }

    private static String spearman(Optional<Correlation> c) {
        return c.map(x -> AnalysisSeries.format(x.spearman(), "%.3f")).orElse("missing");
    }

    public Table table() {
        return table.table();
    }
}
