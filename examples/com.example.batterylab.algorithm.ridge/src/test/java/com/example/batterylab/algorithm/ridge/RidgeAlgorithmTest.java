package com.example.batterylab.algorithm.ridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RidgeAlgorithmTest {
    /** RUL = 1000 - 2 cycle + 300 ir: exactly linear in the inputs. */
    static BatterySeries cell(long id, double ir0) {
        List<CycleRecord> rows = new ArrayList<>();
        for (int c = 1; c <= 50; c++) {
            double ir = ir0 + 0.001 * (c % 7);
            rows.add(new CycleRecord(c, FeatureValues.of(Map.of(Feature.IR, ir)), 1000 - 2 * c + 300 * ir, 0));
        }
        return new BatterySeries(id, "c" + id, rows);
    }

    @Test
    void givenLinearTargetAndNoPenaltyWhenFittedThenExact() {
        TrainingData data = new TrainingData(Target.RUL, List.of(Feature.IR), List.of(cell(1, 0.02), cell(2, 0.03)), List.of());
        try (TrainedModel model = new RidgeAlgorithm().train(data, new RidgeSettings(0), TrainingMonitor.silent())) {
            BatterySeries unseen = cell(3, 0.025);
            double[] p = model.predict(unseen);
            for (int i = 0; i < p.length; i++) {
                assertEquals(unseen.cycles().get(i).rul(), p[i], 1e-8);
            }
        }
    }

    @Test
    void givenPenaltyWhenFittedThenPredictionsShrinkTowardsTheMean() {
        TrainingData data = new TrainingData(Target.RUL, List.of(Feature.IR), List.of(cell(1, 0.02)), List.of());
        double spreadExact = spread(new RidgeSettings(0), data);
        double spreadShrunk = spread(new RidgeSettings(1000), data);
        assertTrue(spreadShrunk < spreadExact / 2, spreadShrunk + " vs " + spreadExact);
    }

    @Test
    void givenModelWhenSavedAndLoadedThenSamePredictions(@TempDir Path dir) throws Exception {
        TrainingData data = new TrainingData(Target.RUL, List.of(Feature.IR), List.of(cell(1, 0.02)), List.of());
        RidgeAlgorithm algorithm = new RidgeAlgorithm();
        double[] before;
        try (TrainedModel model = algorithm.train(data, new RidgeSettings(0.5), TrainingMonitor.silent())) {
            before = model.predict(cell(4, 0.01));
            model.save(dir);
        }
        assertArrayEquals(before, algorithm.load(dir).predict(cell(4, 0.01)));
    }

    private static double spread(RidgeSettings settings, TrainingData data) {
        double[] p = new RidgeAlgorithm().train(data, settings, TrainingMonitor.silent()).predict(data.train().get(0));
        return p[0] - p[p.length - 1];
    }
}
