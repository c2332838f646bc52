package io.batterylab.jobs;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Target;
import io.batterylab.core.testing.TestDetail;
import io.batterylab.core.training.BatterySeries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs a model's predictions with the truth h cycles ahead (the horizon of
 * {@link io.batterylab.core.testing.TestJobSpec}): the prediction made from the row at cycle c is compared with the
 * target of the row at cycle c + h. A row without a row at c + h (beyond the last cycle, or a gap) is skipped and
 * counted.
 */
final class HorizonScoring {
    private HorizonScoring() {
    }

    /** The scored rows of one cell and how many rows were skipped. */
    record CellRows(List<TestDetail> details, int skipped) {
    }

    /**
     * @param predictions per target, one prediction per row of the cell (NaN where the model gives none), made with
     *        the horizon
     */
    static CellRows score(BatterySeries cell, Map<Target, double[]> predictions, int horizon) {
        Map<Integer, CycleRecord> byCycle = new HashMap<>();
        for (CycleRecord row : cell.cycles()) {
            byCycle.put(row.cycle(), row);
        }
        List<TestDetail> details = new ArrayList<>();
        int skipped = 0;
        List<CycleRecord> rows = cell.cycles();
        for (int i = 0; i < rows.size(); i++) {
            int c = rows.get(i).cycle();
            CycleRecord ahead = byCycle.get(c + horizon);
            if (ahead == null) {
                skipped++;
                continue;
            }
            details.add(new TestDetail(cell.batteryId(), c, c + horizon,
                    truth(ahead, Target.RUL, predictions), value(predictions.get(Target.RUL), i),
                    truth(ahead, Target.PCL, predictions), value(predictions.get(Target.PCL), i)));
        }
        return new CellRows(details, skipped);
    }

    private static double truth(CycleRecord row, Target target, Map<Target, double[]> predictions) {
        return predictions.containsKey(target) ? row.target(target).orElse(Double.NaN) : Double.NaN;
    }

    private static double value(double[] predicted, int row) {
        return predicted == null || !Double.isFinite(predicted[row]) ? Double.NaN : predicted[row];
    }
}
