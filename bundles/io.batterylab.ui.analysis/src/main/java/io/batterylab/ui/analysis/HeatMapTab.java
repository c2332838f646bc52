package io.batterylab.ui.analysis;

import io.batterylab.ui.charts.HeatMap;
import io.batterylab.ui.data.ColumnSeries;
import java.util.List;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The correlation matrix of the 8 features, RUL and PCL as a heat map; Pearson or Spearman. */
public class HeatMapTab extends Composite {
    private final Combo method;
    private final HeatMap heatMap;
    private AnalysisResult result;

    public HeatMapTab(Composite parent) {
        super(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(this);
        new Label(this, SWT.NONE).setText("Correlation:");
        method = new Combo(this, SWT.READ_ONLY);
        method.setItems(AnalysisSeries.PEARSON, AnalysisSeries.SPEARMAN);
        method.select(0);
        method.addListener(SWT.Selection, e -> show(result));
        heatMap = new HeatMap(this);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(heatMap);
    }

    public void show(AnalysisResult newResult) {
        result = newResult;
        List<String> labels = ColumnSeries.all().stream().map(ColumnSeries::label).toList();
        if (newResult == null) {
            heatMap.show("Select batteries to see their correlations", List.of(), new double[0][0]);
            return;
        }
        String m = method.getText();
        heatMap.show(m + " correlation over " + String.format("%,d", newResult.rowCount()) + " rows of " + newResult.batteries().size()
                + (newResult.batteries().size() == 1 ? " battery" : " batteries"), labels, AnalysisSeries.fullMatrix(newResult.correlations(), m));
    }

    public void method(String name) {
        method.setText(name);
        show(result);
    }

    public HeatMap heatMap() {
        return heatMap;
    }
}
