package io.batterylab.algorithm.bilstm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BiLstmAlgorithmTest {
    /** PCL of a cycle = mean of dq_slope over this and the two cycles before: only a model that sees the past fits it. */
    static BatterySeries cell(long id, int cycles, long seed) {
        Random random = new Random(seed);
        double[] x = new double[cycles];
        List<CycleRecord> rows = new ArrayList<>();
        for (int c = 0; c < cycles; c++) {
            x[c] = 2 * random.nextDouble() - 1;
            double pcl = c < 2 ? Double.NaN : (x[c] + x[c - 1] + x[c - 2]) / 3;
            rows.add(new CycleRecord(c + 1, FeatureValues.of(Map.of(Feature.DQ_SLOPE, x[c])), cycles - c - 1, pcl));
        }
        return new BatterySeries(id, "cell " + id, rows);
    }

    static TrainingData data() {
        return new TrainingData(Target.PCL, List.of(Feature.DQ_SLOPE), List.of(cell(1, 300, 1), cell(2, 300, 2),
                cell(3, 300, 3)), List.of(cell(4, 200, 4)));
    }

    @Test
    void givenTargetThatDependsOnPastCyclesWhenTrainedThenValidationFitsIt() {
        List<EpochMetrics> epochs = new ArrayList<>();
        BiLstmSettings settings = new BiLstmSettings(1e-2, 40, 4, 1, 16, 5);
        try (TrainedModel model = new BiLstmAlgorithm().train(data(), settings, TrainingMonitor.onEpoch(epochs::add))) {
            assertEquals(40, epochs.size());
            double r2 = epochs.get(39).validation().r2();
            assertTrue(r2 > 0.95, "validation R2 " + r2);
            double[] predicted = model.predict(cell(5, 30, 5));
            assertTrue(Double.isNaN(predicted[0]) && Double.isNaN(predicted[2]), "first L-1 cycles have no window");
            assertTrue(Double.isFinite(predicted[3]));
        }
    }

    @Test
    void givenTrainedModelWhenSavedAndLoadedThenPredictionsAreIdentical(@TempDir Path dir) throws IOException {
        BiLstmAlgorithm algorithm = new BiLstmAlgorithm();
        BatterySeries unseen = cell(5, 40, 5);
        double[] before;
        try (TrainedModel model = algorithm.train(data(), new BiLstmSettings(1e-2, 2, 5, 2, 8, 1), TrainingMonitor.silent())) {
            before = model.predict(unseen);
            model.save(dir);
        }
        try (TrainedModel loaded = algorithm.load(dir)) {
            assertArrayEquals(before, loaded.predict(unseen));
        }
    }

    @Test
    void givenHorizon_whenAskedToPredictAhead_thenBiLstmDeclaresItCannotAndRefuses() {
        BiLstmAlgorithm algorithm = new BiLstmAlgorithm();
        assertFalse(algorithm.predictsAhead());
        BatterySeries unseen = cell(5, 40, 5);
        try (TrainedModel model = algorithm.train(data(), new BiLstmSettings(1e-2, 1, 5, 1, 8, 1), TrainingMonitor.silent())) {
            assertArrayEquals(model.predict(unseen), model.predict(unseen, 0));
            assertThrows(UnsupportedOperationException.class, () -> model.predict(unseen, 3));
        }
    }

    @Test
    void givenWindowLongerThanEveryCellWhenTrainingThenRejectedWithReason() {
        TrainingData tiny = new TrainingData(Target.PCL, List.of(Feature.DQ_SLOPE), List.of(cell(1, 8, 1)), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BiLstmAlgorithm().train(tiny, new BiLstmSettings(1e-2, 1, 20, 1, 4, 1), TrainingMonitor.silent()));
        assertTrue(e.getMessage().contains("20 consecutive"), e.getMessage());
    }
}
