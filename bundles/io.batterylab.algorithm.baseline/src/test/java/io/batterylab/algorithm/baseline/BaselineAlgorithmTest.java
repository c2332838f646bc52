package io.batterylab.algorithm.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineAlgorithmTest {
    private static final List<Feature> FEATURES = List.of(Feature.DQ_SLOPE, Feature.IR);

    /** The function to learn: PCL = 0.02 x^2 + 0.03 sin(2 r) + 0.05 cycle / 500 for x = dq_slope, r = ir / 0.01. */
    static double known(double x, double ir, int cycle) {
        return 0.02 * x * x + 0.03 * Math.sin(2 * ir / 0.01) + 0.05 * cycle / 500;
    }

    static BatterySeries cell(long id, int cycles, long seed) {
        Random random = new Random(seed);
        List<CycleRecord> rows = new ArrayList<>();
        for (int c = 1; c <= cycles; c++) {
            double x = 4 * random.nextDouble() - 2;
            double ir = 0.03 * random.nextDouble() - 0.015;
            rows.add(new CycleRecord(c, FeatureValues.of(Map.of(Feature.DQ_SLOPE, x, Feature.IR, ir)), cycles - c, known(x, ir, c)));
        }
        return new BatterySeries(id, "cell " + id, rows);
    }

    private static TrainingData data() {
        return new TrainingData(Target.PCL, FEATURES, List.of(cell(1, 500, 1), cell(2, 500, 2), cell(3, 500, 3)),
                List.of(cell(4, 400, 4)));
    }

    private static final BaselineSettings SMALL = new BaselineSettings(5e-3, 60, 2, 32, 0, 7);

    @Test
    void givenCellsFollowingAKnownFunctionWhenTrainedThenValidationFitsIt() {
        List<EpochMetrics> epochs = new ArrayList<>();
        try (TrainedModel model = new BaselineAlgorithm().train(data(), SMALL, TrainingMonitor.onEpoch(epochs::add))) {
            assertEquals(60, epochs.size());
            Metrics last = epochs.get(59).validation();
            assertTrue(last.r2() > 0.97, "validation R2 " + last.r2());
            assertTrue(epochs.get(59).validationLoss() < epochs.get(0).validationLoss());

            BatterySeries unseen = cell(5, 100, 5);
            double[] predicted = model.predict(unseen);
            double[] truth = unseen.cycles().stream().mapToDouble(CycleRecord::pcl).toArray();
            assertTrue(Metrics.of(truth, predicted).rmse() < 0.01, "RMSE " + Metrics.of(truth, predicted).rmse());
        }
    }

    @Test
    void givenTrainedModelWhenSavedAndLoadedThenPredictionsAreIdentical(@TempDir Path dir) throws IOException {
        BaselineAlgorithm algorithm = new BaselineAlgorithm();
        BatterySeries unseen = cell(5, 50, 5);
        double[] before;
        try (TrainedModel model = algorithm.train(data(), new BaselineSettings(5e-3, 3, 2, 16, 0.1, 1), TrainingMonitor.silent())) {
            before = model.predict(unseen);
            model.save(dir);
        }
        assertTrue(Files.isRegularFile(dir.resolve("checkpoint.params")));
        try (TrainedModel loaded = algorithm.load(dir)) {
            assertArrayEquals(before, loaded.predict(unseen));
        }
    }

    @Test
    void givenSameSeedWhenTrainedTwiceThenSamePredictions() {
        BatterySeries unseen = cell(5, 20, 5);
        BaselineSettings settings = new BaselineSettings(5e-3, 2, 1, 8, 0.1, 3);
        try (TrainedModel a = new BaselineAlgorithm().train(data(), settings, TrainingMonitor.silent());
                TrainedModel b = new BaselineAlgorithm().train(data(), settings, TrainingMonitor.silent())) {
            assertArrayEquals(a.predict(unseen), b.predict(unseen));
        }
    }

    @Test
    void givenHorizon_whenPredictingAhead_thenTheCycleInputIsAdvancedWithTheFeaturesHeld() {
        BatterySeries unseen = cell(5, 20, 5);
        try (TrainedModel model = new BaselineAlgorithm().train(data(), SMALL, TrainingMonitor.silent())) {
            assertTrue(new BaselineAlgorithm().predictsAhead());
            assertArrayEquals(model.predict(unseen), model.predict(unseen, 0));
            double[] ahead = model.predict(unseen, 50);
            assertArrayEquals(model.predict(unseen.withCyclesAdvanced(50)), ahead);
            assertFalse(java.util.Arrays.equals(model.predict(unseen), ahead));
        }
    }

    @Test
    void givenRowWithMissingFeatureWhenPredictingThenNaNThere() {
        CycleRecord missing = new CycleRecord(3, FeatureValues.of(Map.of(Feature.DQ_SLOPE, 0.5)), 10, 0.01);
        BatterySeries series = new BatterySeries(9, "gappy", List.of(cell(9, 2, 9).cycles().get(0), missing));
        try (TrainedModel model = new BaselineAlgorithm().train(data(), new BaselineSettings(5e-3, 1, 1, 4, 0, 1),
                TrainingMonitor.silent())) {
            double[] predicted = model.predict(series);
            assertTrue(Double.isFinite(predicted[0]));
            assertTrue(Double.isNaN(predicted[1]));
        }
    }

    @Test
    void givenSettingsOutOfBoundsOrOfAnotherTypeWhenTrainingThenRejected() {
        BaselineAlgorithm algorithm = new BaselineAlgorithm();
        assertThrows(IllegalArgumentException.class,
                () -> algorithm.train(data(), new BaselineSettings(5e-3, 6000, 2, 16, 0, 1), TrainingMonitor.silent()));
        assertThrows(IllegalArgumentException.class, () -> algorithm.train(data(), new Other(1), TrainingMonitor.silent()));
    }

    @Test
    void givenDirectoryWithoutModelWhenLoadingThenIOException(@TempDir Path dir) {
        assertThrows(IOException.class, () -> new BaselineAlgorithm().load(dir));
    }

    record Other(int x) {
    }
}
