package io.batterylab.detector.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.test.support.SequenceDetectorContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A trained LSTM model of the default size (16 units, one layer) assessed as the monitor's workers do: from
 * several threads at once, each on its own libtorch thread, gives the risks it gives one call at a time with the
 * configured threads. The model is made on libtorch ({@code batterylab.detection.javaLstm=false}), where the
 * monitor's LSTM windows go when that switch is off.
 */
class LstmConcurrentAssessingTest {
    private static DetectorModel model;
    private static List<SampleWindow> windows;

    @BeforeAll
    static void train() {
        LstmDetector detector = new LstmDetector();
        System.setProperty("batterylab.detection.javaLstm", "false");
        try {
            model = detector.train(SequenceDetectorContract.rampsAndFlats(), new LstmSettings(16, 1, 3, 0.01, 0.5, 5));
        } finally {
            System.clearProperty("batterylab.detection.javaLstm");
        }
        Random random = new Random(11);
        windows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            windows.add(SequenceDetectorContract.ramp(20 + 10 * random.nextDouble(), random.nextDouble() * 2,
                    0.05 + 0.5 * random.nextDouble(), random));
        }
    }

    @Test
    void givenTwoThreadsAssessingAtOnce_thenEachGetsTheRisksOfTheConfiguredThreadsAlone() throws Exception {
        List<Assessment> configured = withSingleThreadRuleOff(() -> model.assessAll(windows));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<List<Assessment>>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    List<List<Assessment>> batches = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        batches.add(model.assessAll(windows.subList(round * 15, round * 15 + 15)));
                    }
                    return batches;
                }));
            }
            for (Future<List<List<Assessment>>> run : runs) {
                List<Assessment> concurrent = run.get().stream().flatMap(List::stream).toList();
                assertEquals(configured.size(), concurrent.size());
                for (int i = 0; i < configured.size(); i++) {
                    assertEquals(configured.get(i).risk(), concurrent.get(i).risk(), 1e-6, "window " + i);
                    assertEquals(configured.get(i).verdict(), concurrent.get(i).verdict(), "window " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T withSingleThreadRuleOff(java.util.function.Supplier<T> call) {
        String property = "batterylab.training.singleThreadBelow";
        String before = System.getProperty(property);
        System.setProperty(property, "0");
        try {
            return call.get();
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }
}
