package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.TrainingCanceledException;
import io.batterylab.core.training.TrainingMonitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The dense step against autograd on the same small fixed problems: the same gradients for one batch, the same loss
 * every epoch and the same weights after training, bit for bit (exact float equality, no tolerance).
 */
class DenseTanhStepTest {
    @Test
    void givenOneBatchWhenTheDenseStepRunsThenEveryParameterGetsAutogradsGradientExactly() {
        int[] rows = { 3, 17, 42, 5, 99, 150, 8, 61, 77, 120, 33, 1 };
        try (NDManager manager = DjlRuntime.newManager()) {
            Problem recorded = Problem.of(manager, 3, 16, 0, 200);
            Problem dense = Problem.of(manager, 3, 16, 0, 200);
            List<float[]> expected = autogradGradients(recorded, manager, rows);
            Map<Parameter, NDArray> written = new IdentityHashMap<>();

            float loss;
            try (GradientStep step = dense.task().gradientStep().orElseThrow()) {
                step.start(p -> written.computeIfAbsent(p, q -> manager.zeros(q.getArray().getShape())), manager);
                loss = step.step(rows);
            }

            try (NDManager batch = manager.newSubManager()) {
                assertEquals(recorded.task().batchLoss(batch, rows).toFloatArray()[0], loss);
            }
            List<Parameter> parameters = dense.parameters();
            assertEquals(6, parameters.size());
            for (int i = 0; i < parameters.size(); i++) {
                float[] actual = written.get(parameters.get(i)).toFloatArray();
                assertTrue(sumOfSquares(actual) > 0, "gradient of " + parameters.get(i).getName() + " written");
                assertArrayEquals(expected.get(i), actual, parameters.get(i).getName());
            }
            // the hidden 16 x 16 weight: a transposed gradient would have the right shape; it must differ from its
            // transpose for this test to see one
            assertFalse(symmetric(expected.get(2), 16), "the hidden weight's gradient is not symmetric");
        }
    }

    @Test
    void givenTanhMlpWithoutDropoutWhenTrainedByTheLoopThenDenseStepAndAutogradGiveTheSameLossesAndWeights() {
        assertSameTraining(3, 16, 200, new TrainingOptions(5, 0.01, 32, 7));
    }

    /** The Baseline's shape: 4 inputs, 2 x 64 tanh, batch 256 with a short last batch. */
    @Test
    void givenBaselineShapedMlpWhenTrainedByTheLoopThenDenseStepAndAutogradGiveTheSameLossesAndWeights() {
        assertSameTraining(4, 64, 1500, new TrainingOptions(4, 1e-3, 256, 3));
    }

    @Test
    void givenNetworkWithDropoutThenTheTaskOffersNoDenseStep() {
        try (NDManager manager = DjlRuntime.newManager()) {
            assertTrue(Problem.of(manager, 3, 16, 0.1, 50).task().gradientStep().isEmpty());
            assertTrue(Problem.of(manager, 3, 16, 0, 50).task().gradientStep().isPresent());
        }
    }

    @Test
    void givenDenseStepSwitchedOffByTheSystemPropertyThenTheLoopRecordsAutograd() {
        try (NDManager manager = DjlRuntime.newManager()) {
            Problem problem = Problem.of(manager, 3, 16, 0, 50);
            Properties off = new Properties();
            off.setProperty(GradientSteps.PROPERTY, "false");
            try (FusedAdam adam = new FusedAdam(problem.task().parameters(), 0.01, manager)) {
                assertNull(GradientSteps.start(problem.task(), adam, manager, TrainingMonitor.silent(), off));
                try (GradientStep on = GradientSteps.start(problem.task(), adam, manager, TrainingMonitor.silent(),
                        new Properties())) {
                    assertNotNull(on, "on unless switched off");
                }
            }
        }
    }

    @Test
    void givenDenseStepThatCannotStartWhenTrainedThenTheLoopRecordsAutogradWithTheSameResult() {
        TrainingOptions options = new TrainingOptions(3, 0.01, 32, 7);
        try (NDManager manager = DjlRuntime.newManager()) {
            Problem failing = Problem.of(manager, 3, 16, 0, 200);
            Problem recorded = Problem.of(manager, 3, 16, 0, 200);
            List<String> log = new ArrayList<>();

            List<Double> losses = train(new WithoutStartingStep(failing.task()), manager, options, log);

            assertEquals(train(Problem.autograd(recorded.task()), manager, options, new ArrayList<>()), losses);
            assertTrue(log.stream().anyMatch(line -> line.startsWith("autograd step: ")), log.toString());
        }
    }

    @Test
    void givenCancelDuringDenseTrainingWhenTheMonitorAsksThenTheRunStopsBeforeTheNextBatch() {
        try (NDManager manager = DjlRuntime.newManager()) {
            Problem dense = Problem.of(manager, 3, 16, 0, 200);
            float[] before = dense.parameters().get(0).getArray().toFloatArray();
            AtomicInteger checks = new AtomicInteger();

            assertThrows(TrainingCanceledException.class, () -> TrainingLoop.run(dense.task(),
                    new TrainingOptions(5, 0.01, 32, 7), manager, new TrainingMonitor() {
                        @Override
                        public void epoch(EpochMetrics metrics) {
                        }

                        @Override
                        public void log(String line) {
                        }

                        @Override
                        public boolean isCanceled() {
                            return checks.incrementAndGet() == 3;
                        }
                    }));

            assertEquals(3, checks.get(), "stopped at the third batch's check");
            assertFalse(Arrays.equals(before, dense.parameters().get(0).getArray().toFloatArray()), "two steps ran");
        }
    }

    private static void assertSameTraining(int inputs, int neurons, int rows, TrainingOptions options) {
        try (NDManager manager = DjlRuntime.newManager()) {
            Problem dense = Problem.of(manager, inputs, neurons, 0, rows);
            Problem recorded = Problem.of(manager, inputs, neurons, 0, rows);
            List<String> denseLog = new ArrayList<>();
            List<String> recordedLog = new ArrayList<>();

            List<Double> denseLosses = train(dense.task(), manager, options, denseLog);
            List<Double> recordedLosses = train(Problem.autograd(recorded.task()), manager, options, recordedLog);

            assertTrue(denseLog.stream().anyMatch(line -> line.startsWith("dense step: ")), denseLog.toString());
            assertTrue(recordedLog.stream().noneMatch(line -> line.startsWith("dense step: ")), recordedLog.toString());
            assertEquals(recordedLosses, denseLosses);
            assertTrue(recordedLosses.get(options.epochs() - 1) < recordedLosses.get(0), "the problem must train at all");
            List<Parameter> expected = recorded.parameters();
            List<Parameter> actual = dense.parameters();
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(expected.get(i).getArray().toFloatArray(), actual.get(i).getArray().toFloatArray(),
                        expected.get(i).getName());
            }
        }
    }

    private static List<Double> train(TrainingTask task, NDManager manager, TrainingOptions options, List<String> log) {
        List<Double> losses = new ArrayList<>();
        TrainingLoop.run(task, options, manager, new TrainingMonitor() {
            @Override
            public void epoch(EpochMetrics metrics) {
                losses.add(metrics.loss());
            }

            @Override
            public void log(String line) {
                log.add(line);
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        });
        return losses;
    }

    /** Each parameter's gradient of one batch's recorded loss, in the order of {@link Problem#parameters()}. */
    private static List<float[]> autogradGradients(Problem problem, NDManager manager, int[] rows) {
        try (NDManager batch = manager.newSubManager(); Autograd recording = Autograd.training()) {
            recording.backward(problem.task().batchLoss(batch, rows));
        }
        List<float[]> gradients = new ArrayList<>();
        for (Parameter parameter : problem.parameters()) {
            try (NDArray gradient = parameter.getArray().getGradient()) {
                gradients.add(gradient.toFloatArray());
            }
        }
        return gradients;
    }

    private static double sumOfSquares(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += (double) v * v;
        }
        return sum;
    }

    private static boolean symmetric(float[] square, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (square[i * n + j] != square[j * n + i]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** y = sin(2 a) + b c (further inputs are noise) on fixed rows; a seeded tanh network inputs-n-n-1. */
    private record Problem(SequentialBlock network, SupervisedTask task) {
        static Problem of(NDManager manager, int inputs, int neurons, double dropout, int rows) {
            SineRows sine = SineRows.of(inputs, rows);
            float[] x = sine.x();
            float[] y = sine.y();
            SequentialBlock network = Networks.tanhMlp(2, neurons, 1, dropout, 9);
            network.setInitializer(SeededInitializer.xavier(5), Parameter.Type.WEIGHT);
            network.initialize(manager, DataType.FLOAT32, new Shape(1, inputs));
            StandardScaler identity = new StandardScaler(new double[] { 0 }, new double[] { 1 });
            return new Problem(network, new SupervisedTask(network, manager, new Shape(inputs), x, y, new float[0],
                    new double[0], identity));
        }

        List<Parameter> parameters() {
            return network.getParameters().values();
        }

        /** The same task without its dense step: the loop records autograd. */
        static TrainingTask autograd(SupervisedTask task) {
            return new WithoutStep(task);
        }
    }

    private static class WithoutStep implements TrainingTask {
        final SupervisedTask task;

        WithoutStep(SupervisedTask task) {
            this.task = task;
        }

        @Override
        public int trainingRows() {
            return task.trainingRows();
        }

        @Override
        public List<Parameter> parameters() {
            return task.parameters();
        }

        @Override
        public NDArray batchLoss(NDManager batch, int[] rows) {
            return task.batchLoss(batch, rows);
        }

        @Override
        public Validation validate() {
            return null;
        }
    }

    /** A dense step whose kernels are missing, as in a libtorch without them. */
    private static final class WithoutStartingStep extends WithoutStep {
        WithoutStartingStep(SupervisedTask task) {
            super(task);
        }

        @Override
        public Optional<GradientStep> gradientStep() {
            GradientStep real = task.gradientStep().orElseThrow();
            return Optional.of(new GradientStep() {
                @Override
                public void start(java.util.function.Function<Parameter, NDArray> gradientOf, NDManager manager) {
                    throw new IllegalStateException("libtorch 2.7.1 expected: libtorch_cpu.so lacks a kernel");
                }

                @Override
                public float step(int[] rows) {
                    return real.step(rows);
                }

                @Override
                public int callsPerStep() {
                    return real.callsPerStep();
                }

                @Override
                public void close() {
                    real.close();
                }
            });
        }
    }
}
