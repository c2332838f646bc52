package io.batterylab.ui.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.model.Target;
import io.batterylab.core.testing.BatteryMetrics;
import io.batterylab.core.testing.TargetMetrics;
import io.batterylab.core.testing.TestDetail;
import io.batterylab.core.training.Metrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultFiguresTest {

    @Test
    void givenRowsWithAMissingPredictionWhenTurnedIntoCurvesThenTheRowIsLeftOutAndPclIsInPercent() {
        List<TestDetail> rows = List.of(new TestDetail(1, 10, 12, 500, 480, 0.02, 0.025),
                new TestDetail(1, 11, 13, 499, Double.NaN, 0.021, Double.NaN),
                new TestDetail(1, 12, 14, 498, 510, 0.022, 0.02));

        CurvePoints rul = CurvePoints.of(rows, Target.RUL);
        CurvePoints pcl = CurvePoints.of(rows, Target.PCL);

        assertArrayEquals(new double[] {12, 14}, rul.cycles());
        assertArrayEquals(new double[] {-20, 12}, rul.residuals());
        assertArrayEquals(new double[] {2.0, 2.2}, pcl.truth(), 1e-12);
        assertArrayEquals(new double[] {0.5, -0.2}, pcl.residuals(), 1e-12);
    }

    @Test
    void givenValuesWhenBinnedThenEveryFiniteValueIsCountedOnceAndTheMaximumIsInTheLastBin() {
        Histogram h = Histogram.of(new double[] {0, 1, 2, 3, 4, Double.NaN, 10}, 5);

        assertEquals(5, h.counts().length);
        assertEquals(2, h.binWidth());
        assertArrayEquals(new double[] {2, 2, 1, 0, 1}, h.counts());
        assertArrayEquals(new double[] {1, 3, 5, 7, 9}, h.centers());
    }

    @Test
    void givenEqualValuesWhenBinnedThenOneBarOfUnitWidthHoldsThemAll() {
        Histogram h = Histogram.of(new double[] {3, 3, 3}, 10);

        assertArrayEquals(new double[] {3}, h.counts());
        assertArrayEquals(new double[] {3}, h.centers());
        assertEquals(0, Histogram.of(new double[] {Double.NaN}, 10).counts().length);
    }

    @Test
    void givenCellsWhenSortedByRmseDescendingThenTheHardestCellIsFirstAndUnknownErrorsLast() {
        List<BatteryMetrics> cells = List.of(cell(1, "easy", 5), cell(2, "hard", 50), cell(3, "none", Double.NaN),
                cell(4, "middle", 20));
        List<BatteryErrorRow> rows = new ArrayList<>(BatteryErrorRow.of(cells, Target.RUL));

        rows.sort(BatteryErrorRow.Column.RMSE.order(true));
        assertEquals(List.of("hard", "middle", "easy", "none"), rows.stream().map(BatteryErrorRow::battery).toList());
        rows.sort(BatteryErrorRow.Column.RMSE.order(false));
        assertEquals(List.of("easy", "middle", "hard", "none"), rows.stream().map(BatteryErrorRow::battery).toList());
        rows.sort(BatteryErrorRow.Column.BATTERY.order(false));
        assertEquals(List.of("easy", "hard", "middle", "none"), rows.stream().map(BatteryErrorRow::battery).toList());
        assertEquals(List.of(), BatteryErrorRow.of(cells, Target.PCL), "a target not scored has no rows");
    }

    private static BatteryMetrics cell(long id, String name, double rmse) {
        Metrics m = new Metrics(10, rmse * rmse, rmse, rmse / 2, 0.5, 3, 0);
        return new BatteryMetrics(id, name, 0, List.of(new TargetMetrics(Target.RUL, m)));
    }
}
