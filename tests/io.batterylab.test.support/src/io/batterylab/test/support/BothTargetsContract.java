package io.batterylab.test.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an algorithm promises for a training job of both targets ({@link Algorithm#bothTargets()}): it supports RUL and
 * PCL, and the platform trains one model per target with the same settings on the same cells. Each model must then
 * predict its own target (in its units: RUL in hundreds of cycles, PCL a fraction below 1) and reload from its own
 * directory with the same predictions, as a model version of both keeps them ({@code rul/}, {@code pcl/}). An
 * algorithm's plain tests subclass this with small settings (few epochs).
 */
public abstract class BothTargetsContract {
    /** The cells' length in cycles: RUL runs from 299 down to 0, PCL from 0.0003 up to 0.09. */
    private static final int CYCLES = 300;
    private static final List<Feature> FEATURES = List.of(Feature.DQ_SLOPE, Feature.IR);

    protected abstract Algorithm algorithm();

    /** Settings that train in seconds. */
    protected abstract Record smallSettings();

    @Test
    void givenTheAlgorithm_thenItSupportsBothTargetsAndTrainsAModelPerTarget() {
        assertEquals(Set.of(Target.RUL, Target.PCL), algorithm().supportedTargets());
        assertEquals(Algorithm.BothTargets.MODEL_PER_TARGET, algorithm().bothTargets());
    }

    @Test
    void givenCellsWithBothTargets_whenAModelIsTrainedPerTarget_thenEachPredictsItsOwnTargetAndReloads(@TempDir Path dir)
            throws IOException {
        List<BatterySeries> train = List.of(cell(1, 1), cell(2, 2), cell(3, 3));
        BatterySeries unseen = cell(4, 4);
        for (Target target : List.of(Target.RUL, Target.PCL)) {
            Path directory = Files.createDirectories(dir.resolve(target.key()));
            double[] predicted;
            try (TrainedModel model = algorithm().train(new TrainingData(target, FEATURES, train, List.of(cell(5, 5))),
                    smallSettings(), TrainingMonitor.silent())) {
                predicted = model.predict(unseen);
                model.save(directory);
            }
            double mean = Arrays.stream(predicted).filter(Double::isFinite).average().orElseThrow();
            if (target == Target.RUL) {
                assertTrue(mean > 50 && mean < 250, "RUL model predicts cycles (mean truth 149.5): " + mean);
            } else {
                assertTrue(mean > 0.01 && mean < 0.09, "PCL model predicts a fraction (mean truth 0.045): " + mean);
            }
            try (TrainedModel reloaded = algorithm().load(directory)) {
                assertArrayEquals(predicted, reloaded.predict(unseen), 1e-9, target.key());
            }
        }
    }

    /** A cell whose targets follow the cycle and whose features follow the targets with noise. */
    private static BatterySeries cell(long id, long seed) {
        Random random = new Random(seed);
        List<CycleRecord> rows = new ArrayList<>();
        for (int c = 1; c <= CYCLES; c++) {
            double pcl = 0.0003 * c;
            double slope = -pcl * 20 + 0.05 * random.nextGaussian();
            double ir = 0.015 + 0.02 * pcl + 0.0005 * random.nextGaussian();
            rows.add(new CycleRecord(c, FeatureValues.of(Map.of(Feature.DQ_SLOPE, slope, Feature.IR, ir)), CYCLES - c, pcl));
        }
        return new BatterySeries(id, "cell " + id, rows);
    }
}
