package io.batterylab.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.ModelVersion;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelVersionSummaryTest {
    private static final DatasetSelection CELLS = DatasetSelection.byCell(List.of(1L), List.of(2L), List.of(3L));
    private static final Metrics RUL_VALIDATION = new Metrics(10, 400, 20, 15, 0.9, 12.5, 0);
    private static final Metrics RUL_TEST = new Metrics(10, 900, 30, 25, 0.8, 15.25, 1);
    private static final Metrics PCL_VALIDATION = new Metrics(10, 1e-4, 0.01, 0.008, 0.95, 3.5, 0);
    private static final Metrics PCL_TEST = new Metrics(10, 4e-4, 0.02, 0.015, 0.7, 6.75, 0);

    @Test
    void givenAModelOfBothTargetsWhenSummarizedThenEachTargetHasItsOwnMetrics() {
        ModelVersion both = new ModelVersion(7, 1, 3L, "baseline", "1.0.0", TargetChoice.of(List.of(Target.RUL,
                Target.PCL)), List.of(Feature.values()[0]), "{}", CELLS,
                Map.of(Target.RUL, RUL_VALIDATION, Target.PCL, PCL_VALIDATION),
                Map.of(Target.RUL, RUL_TEST, Target.PCL, PCL_TEST), Instant.EPOCH);

        assertEquals(List.of("run 1 baseline: model version 7, targets RUL and PCL",
                "  RUL: validation RMSE 20.0000 RMSPE 12.50%, test RMSE 30.0000 RMSPE 15.25% R2 0.8000",
                "  PCL: validation RMSE 0.0100000 RMSPE 3.500%, test RMSE 0.0200000 RMSPE 6.750% R2 0.7000"),
                ModelVersionSummary.lines("run 1 baseline", both));
    }

    @Test
    void givenABothTargetsModelWithoutMetricsForOneTargetWhenSummarizedThenThatTargetSaysSo() {
        ModelVersion both = new ModelVersion(8, 1, 3L, "deephpm", "1.0.0", TargetChoice.of(List.of(Target.RUL,
                Target.PCL)), List.of(Feature.values()[0]), "{}", CELLS, Map.of(Target.PCL, PCL_VALIDATION), Map.of(),
                Instant.EPOCH);

        assertEquals(List.of("run 2 deephpm: model version 8, targets RUL and PCL",
                "  RUL: no validation or test cells", "  PCL: validation RMSE 0.0100000 RMSPE 3.500%"),
                ModelVersionSummary.lines("run 2 deephpm", both));
    }

    @Test
    void givenAModelOfOneTargetWhenSummarizedThenOneLineAsBefore() {
        ModelVersion pcl = new ModelVersion(9, 1, 3L, "baseline", "1.0.0", Target.PCL, List.of(Feature.values()[0]),
                "{}", CELLS, PCL_VALIDATION, PCL_TEST, Instant.EPOCH);

        assertEquals(List.of("run 1 baseline: model version 9, validation RMSE 0.0100000 RMSPE 3.500%,"
                + " test RMSE 0.0200000 RMSPE 6.750% R2 0.7000"), ModelVersionSummary.lines("run 1 baseline", pcl));
    }
}
