package io.batterylab.ml.portability;

import io.batterylab.algorithm.baseline.BaselineAlgorithm;
import io.batterylab.algorithm.baseline.BaselineSettings;
import io.batterylab.algorithm.bilstm.BiLstmAlgorithm;
import io.batterylab.algorithm.bilstm.BiLstmSettings;
import io.batterylab.algorithm.deephpm.DeepHpmAlgorithm;
import io.batterylab.algorithm.deephpm.DeepHpmSettings;
import io.batterylab.algorithm.deephpm.DynamicalInputs;
import io.batterylab.algorithm.deephpm.LossMode;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.TrainingData;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The small models and data that both sides of the portability test build the same way: the test JVM trains and
 * saves, the probe JVMs load and predict. Each built-in algorithm with settings that keep training to seconds but
 * exercise what differs between kernels: two stacked bidirectional LSTM layers, DeepHPM's forward-mode derivatives.
 */
final class PortableModels {
    static final List<Feature> FEATURES = List.of(Feature.DQ_SLOPE, Feature.T_AVG, Feature.IR);

    /** Algorithm id (also the model's directory name) and the settings it is trained with. */
    record Entry(Algorithm algorithm, Record settings) {
    }

    private PortableModels() {
    }

    static Map<String, Entry> all() {
        return Map.of(
                "baseline", new Entry(new BaselineAlgorithm(), new BaselineSettings(1e-2, 30, 2, 16, 0.1, 7)),
                "bilstm", new Entry(new BiLstmAlgorithm(), new BiLstmSettings(1e-2, 4, 6, 2, 12, 7)),
                "deephpm", new Entry(new DeepHpmAlgorithm(),
                        new DeepHpmSettings(1e-2, 15, 2, 16, 0.1, DynamicalInputs.S_T_U, LossMode.ADP_BAL, 7)));
    }

    static TrainingData trainingData() {
        return new TrainingData(Target.RUL, FEATURES, List.of(cell(1, 220), cell(2, 260), cell(3, 180)),
                List.of(cell(4, 240)));
    }

    /** The cell none of the models saw, predicted in every JVM. */
    static BatterySeries unseen() {
        return cell(5, 230);
    }

    /** A cell whose features drift with age plus noise, so that RUL can be read from them. */
    static BatterySeries cell(long id, int cycleLife) {
        Random random = new Random(id);
        List<CycleRecord> rows = new java.util.ArrayList<>();
        for (int c = 1; c <= cycleLife; c++) {
            double age = (double) c / cycleLife;
            Map<Feature, Double> values = Map.of(
                    Feature.DQ_SLOPE, -0.2 - 0.5 * age * age + 0.02 * random.nextGaussian(),
                    Feature.T_AVG, 31 + 3 * age + 0.3 * random.nextGaussian(),
                    Feature.IR, 0.016 + 0.004 * age + 0.0002 * random.nextGaussian());
            rows.add(new CycleRecord(c, FeatureValues.of(values), cycleLife - c, 0.2 * age));
        }
        return new BatterySeries(id, "cell " + id, rows);
    }
}
