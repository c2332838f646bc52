package io.batterylab.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inside Equinox the Baseline without dropout trains with the dense step (its libtorch kernels found through JNA from
 * the ML bundle), and with its default dropout through autograd, as before.
 */
class DenseStepInEquinoxTest {
    private static final TrainingData DATA = new TrainingData(Target.PCL, List.of(Feature.DQ_SLOPE, Feature.T_AVG),
            List.of(AlgorithmsInEquinoxTest.cell(1, 120), AlgorithmsInEquinoxTest.cell(2, 150)),
            List.of(AlgorithmsInEquinoxTest.cell(3, 130)));

    @Test
    void givenBaselineWithoutDropoutWhenTrainedInEquinoxThenTheDenseStepTrainsIt() throws Exception {
        Algorithm baseline = AlgorithmsInEquinoxTest.await("baseline");
        Run run = train(baseline, with(with(baseline.defaultSettings(), "dropout", 0.0), "epochs", 30));

        assertTrue(run.log.stream().anyMatch(line -> line.startsWith("dense step: 18 libtorch kernel calls")), run.log.toString());
        assertTrue(run.log.stream().noneMatch(line -> line.startsWith("autograd step")), run.log.toString());
        assertTrue(run.losses.get(run.losses.size() - 1) < run.losses.get(0), "it trains: " + run.losses);
    }

    @Test
    void givenBaselineWithItsDefaultDropoutWhenTrainedInEquinoxThenAutogradTrainsIt() throws Exception {
        Algorithm baseline = AlgorithmsInEquinoxTest.await("baseline");
        Run run = train(baseline, with(baseline.defaultSettings(), "epochs", 2));

        assertEquals(2, run.losses.size());
        assertTrue(run.log.stream().noneMatch(line -> line.contains("dense step: ")), run.log.toString());
    }

    private record Run(List<Double> losses, List<String> log) {
    }

    private static Run train(Algorithm algorithm, Record settings) throws Exception {
        Run run = new Run(new ArrayList<>(), new ArrayList<>());
        try (TrainedModel model = algorithm.train(DATA, settings, new TrainingMonitor() {
            @Override
            public void epoch(EpochMetrics metrics) {
                run.losses.add(metrics.loss());
            }

            @Override
            public void log(String line) {
                run.log.add(line);
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        })) {
            assertTrue(Double.isFinite(model.predict(AlgorithmsInEquinoxTest.cell(4, 140))[0]));
        }
        return run;
    }

    /** A copy of the settings record with one component changed (the test imports no algorithm's package). */
    static Record with(Record settings, String name, Object value) throws Exception {
        RecordComponent[] components = settings.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(settings);
        }
        return (Record) settings.getClass().getDeclaredConstructor(types).newInstance(values);
    }
}
