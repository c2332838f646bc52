package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.TrainingCanceledException;
import io.batterylab.core.training.TrainingMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shared loop on a model small enough to check by hand: a linear unit learning y = 2x - 1. */
class TrainingLoopTest {
    /** Fits y = 2x - 1 on x in [-1, 1]; validation on the same points. */
    static final class LineTask implements TrainingTask {
        final Linear unit = Linear.builder().setUnits(1).build();
        final float[] x = new float[64];
        final AtomicInteger batches = new AtomicInteger();
        final List<Integer> threads = new ArrayList<>();
        boolean poisoned;

        LineTask(NDManager manager) {
            for (int i = 0; i < x.length; i++) {
                x[i] = -1 + 2f * i / (x.length - 1);
            }
            unit.setInitializer(SeededInitializer.xavier(3), Parameter.Type.WEIGHT);
            unit.initialize(manager, DataType.FLOAT32, new Shape(1, 1));
        }

        @Override
        public int trainingRows() {
            return x.length;
        }

        @Override
        public List<Parameter> parameters() {
            return unit.getParameters().values();
        }

        @Override
        public NDArray batchLoss(NDManager batch, int[] rows) {
            batches.incrementAndGet();
            threads.add(JniUtils.getNumThreads());
            float[] xs = new float[rows.length];
            float[] ys = new float[rows.length];
            for (int i = 0; i < rows.length; i++) {
                xs[i] = x[rows[i]];
                ys[i] = poisoned ? Float.NaN : 2 * x[rows[i]] - 1;
            }
            NDArray input = batch.create(xs, new Shape(rows.length, 1));
            NDArray predicted = unit.forward(new ParameterStore(batch, false), new NDList(input), true).singletonOrThrow();
            return batch.create(ys, new Shape(rows.length, 1)).sub(predicted).square().mean();
        }

        @Override
        public Validation validate() {
            double[] truth = new double[x.length];
            double[] predicted = new double[x.length];
            float[] y = Networks.predictRows(unit, unit.getParameters().get("weight").getArray().getManager(), x, new Shape(1), 16);
            for (int i = 0; i < x.length; i++) {
                truth[i] = 2 * x[i] - 1;
                predicted[i] = y[i];
            }
            return Validation.of(truth, predicted, new StandardScaler(new double[] { 0 }, new double[] { 1 }));
        }
    }

    static final class Recorder implements TrainingMonitor {
        final List<EpochMetrics> epochs = new ArrayList<>();
        final List<String> lines = new ArrayList<>();
        int cancelAfterChecks = Integer.MAX_VALUE;
        int checks;

        @Override
        public void epoch(EpochMetrics metrics) {
            epochs.add(metrics);
        }

        @Override
        public void log(String line) {
            lines.add(line);
        }

        @Override
        public boolean isCanceled() {
            return ++checks > cancelAfterChecks;
        }
    }

    @Test
    void givenLineWhenTrainedThenWeightsApproachTwoAndMinusOneAndEveryEpochIsReported() {
        try (NDManager manager = DjlRuntime.newManager()) {
            LineTask task = new LineTask(manager);
            Recorder monitor = new Recorder();
            TrainingLoop.run(task, new TrainingOptions(150, 0.05, 16, 1), manager, monitor);

            assertEquals(2, task.unit.getParameters().get("weight").getArray().getFloat(0, 0), 0.02);
            assertEquals(-1, task.unit.getParameters().get("bias").getArray().getFloat(0), 0.02);
            assertEquals(150, monitor.epochs.size());
            assertEquals(150, monitor.epochs.get(149).epoch());
            Metrics last = monitor.epochs.get(149).validation();
            assertTrue(last.r2() > 0.999, "R2 " + last.r2());
            assertTrue(monitor.epochs.get(149).loss() < monitor.epochs.get(0).loss() / 100);
            assertEquals(4 * 150, task.batches.get());
        }
    }

    @Test
    void givenCancelAfterTwoBatchesWhenTrainingThenStopsBeforeTheThirdBatch() {
        try (NDManager manager = DjlRuntime.newManager()) {
            LineTask task = new LineTask(manager);
            Recorder monitor = new Recorder();
            monitor.cancelAfterChecks = 2;
            assertThrows(TrainingCanceledException.class,
                    () -> TrainingLoop.run(task, new TrainingOptions(10, 0.05, 16, 1), manager, monitor));
            assertEquals(2, task.batches.get());
            assertTrue(monitor.epochs.isEmpty());
        }
    }

    @Test
    void givenLossThatIsNaNWhenTrainingThenFailsNamingTheEpoch() {
        try (NDManager manager = DjlRuntime.newManager()) {
            LineTask task = new LineTask(manager);
            task.poisoned = true;
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> TrainingLoop.run(task, new TrainingOptions(3, 0.05, 16, 1), manager, TrainingMonitor.silent()));
            assertTrue(e.getMessage().contains("epoch 1"), e.getMessage());
        }
    }

    @Test
    void givenSameSeedWhenTrainedTwiceThenSameWeights() {
        float[] first = trainedWeight();
        float[] second = trainedWeight();
        assertEquals(first[0], second[0]);
        assertEquals(first[1], second[1]);
    }

    @Test
    void givenWorkBelowTheLimitWhenTrainingThenBatchesRunOnOneThreadAndTheConfiguredCountIsBackAfterwards() {
        ThreadsSeen run = ThreadsSeen.training(new StepThreads(33, 2));

        assertEquals(List.of(1), run.inBatches());
        assertEquals(2, run.after());
        assertTrue(run.lines().get(0).startsWith("1 intra-op thread instead of 2: 32 parameters x batch rows"),
                run.lines().get(0));
    }

    @Test
    void givenWorkAtTheLimitWhenTrainingThenBatchesRunOnTheConfiguredThreads() {
        try {
            ThreadsSeen run = ThreadsSeen.training(new StepThreads(32, 3));

            assertEquals(List.of(3), run.inBatches());
            assertEquals(3, run.after());
            assertTrue(run.lines().stream().noneMatch(line -> line.contains("intra-op")), run.lines().toString());
        } finally {
            JniUtils.setNumThreads(TrainingResources.THREADS);
        }
    }

    /** The intra-op threads of libtorch during the batches and after a 2-epoch run of the line task, and its log. */
    private record ThreadsSeen(List<Integer> inBatches, int after, List<String> lines) {
        static ThreadsSeen training(StepThreads threads) {
            try (NDManager manager = DjlRuntime.newManager()) {
                LineTask task = new LineTask(manager);
                Recorder monitor = new Recorder();
                TrainingLoop.run(task, new TrainingOptions(2, 0.05, 16, 1), manager, monitor, threads);
                return new ThreadsSeen(task.threads.stream().distinct().toList(), JniUtils.getNumThreads(), monitor.lines);
            }
        }
    }

    @Test
    void givenFailingRunOnOneThreadWhenItEndsThenTheConfiguredCountIsBack() {
        try (NDManager manager = DjlRuntime.newManager()) {
            LineTask task = new LineTask(manager);
            task.poisoned = true;
            assertThrows(IllegalStateException.class, () -> TrainingLoop.run(task, new TrainingOptions(2, 0.05, 16, 1),
                    manager, TrainingMonitor.silent(), new StepThreads(StepThreads.DEFAULT_LIMIT, 2)));
            assertEquals(List.of(1), task.threads.stream().distinct().toList());
            assertEquals(2, JniUtils.getNumThreads());
        }
    }

    private static float[] trainedWeight() {
        try (NDManager manager = DjlRuntime.newManager()) {
            LineTask task = new LineTask(manager);
            TrainingLoop.run(task, new TrainingOptions(3, 0.05, 16, 9), manager, TrainingMonitor.silent());
            return new float[] { task.unit.getParameters().get("weight").getArray().getFloat(0, 0),
                    task.unit.getParameters().get("bias").getArray().getFloat(0) };
        }
    }
}
