package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.TrainingMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shared loop (Adam over one flat array, batches through {@link BatchRows}, the loss read without indexing)
 * against the straightforward loop (DJL's Adam, one update per parameter; the batch loss as it was before, see
 * {@code Problem#straightforwardLoss}) on the same small fixed problem: same loss every epoch, same weights at the
 * end.
 */
class FusedAdamTest {
    private static final TrainingOptions OPTIONS = new TrainingOptions(6, 0.01, 32, 7);

    @Test
    void givenSameNetworkWhenTrainedByTheLoopAndByPerParameterAdamThenSameLossesAndWeights() {
        try (NDManager fusedManager = DjlRuntime.newManager(); NDManager plainManager = DjlRuntime.newManager()) {
            Problem fused = Problem.of(fusedManager, false);
            Problem plain = Problem.of(plainManager, false);

            List<Double> fusedLosses = lossesOfTheLoop(fused.task(), fusedManager);
            List<Double> plainLosses = straightforwardLosses(plain, plainManager);

            assertEquals(OPTIONS.epochs(), fusedLosses.size());
            for (int epoch = 0; epoch < OPTIONS.epochs(); epoch++) {
                assertEquals(plainLosses.get(epoch), fusedLosses.get(epoch), 1e-6 * plainLosses.get(epoch), "epoch " + (epoch + 1));
            }
            assertTrue(plainLosses.get(OPTIONS.epochs() - 1) < plainLosses.get(0) / 2, "the problem must train at all");
            assertSameWeights(plain, fused);
        }
    }

    /**
     * The Baseline's shape (4 inputs, 2 x 64 tanh, batch 256): the loop (one intra-op thread for this work, Adam over
     * one flat array, gradients recorded per epoch, one reused backward seed) against the straightforward loop on
     * the configured threads.
     */
    @Test
    void givenBaselineShapedMlpWhenTrainedByTheLoopAndStraightforwardlyOnTheConfiguredThreadsThenSameLossesAndWeights() {
        TrainingOptions options = new TrainingOptions(4, 1e-3, 256, 3);
        try (NDManager fusedManager = DjlRuntime.newManager(); NDManager plainManager = DjlRuntime.newManager()) {
            Problem fused = Problem.of(fusedManager, false, 4, 64, 1500);
            Problem plain = Problem.of(plainManager, false, 4, 64, 1500);
            assertEquals(1, StepThreads.configured(System.getProperties())
                    .forWork(StepThreads.work(fused.task().parameters(), options.batchSize())), "the loop runs on one thread");

            List<Double> fusedLosses = lossesOfTheLoop(fused.task(), fusedManager, options);
            List<Double> plainLosses = straightforwardLosses(plain, plainManager, options);

            for (int epoch = 0; epoch < options.epochs(); epoch++) {
                assertEquals(plainLosses.get(epoch), fusedLosses.get(epoch), 1e-6 * plainLosses.get(epoch), "epoch " + (epoch + 1));
            }
            assertTrue(plainLosses.get(options.epochs() - 1) < plainLosses.get(0), "the problem must train at all");
            assertSameWeights(plain, fused);
        }
    }

    @Test
    void givenParameterLeftOutOfTheTaskWhenTrainedThenItKeepsItsValueAndTheOthersMatchTheStraightforwardLoop() {
        try (NDManager fusedManager = DjlRuntime.newManager(); NDManager plainManager = DjlRuntime.newManager()) {
            Problem fused = Problem.of(fusedManager, true);
            Problem plain = Problem.of(plainManager, true);
            float[] outputBias = fused.outputBias().toFloatArray();

            List<Double> fusedLosses = lossesOfTheLoop(fused.task(), fusedManager);
            List<Double> plainLosses = straightforwardLosses(plain, plainManager);

            assertArrayEquals(outputBias, fused.outputBias().toFloatArray());
            int last = OPTIONS.epochs() - 1;
            assertEquals(plainLosses.get(last), fusedLosses.get(last), 1e-6 * plainLosses.get(last));
            assertSameWeights(plain, fused);
        }
    }

    @Test
    void givenGradientsInOneArrayWhenStepsRunThenEachParameterGradientIsFilledByBackwardAndZeroAfterTheStep() {
        try (NDManager manager = DjlRuntime.newManager()) {
            Problem problem = Problem.of(manager, false);
            List<Parameter> parameters = problem.task().parameters();
            try (FusedAdam adam = new FusedAdam(parameters, OPTIONS.learningRate(), manager)) {
                for (int step = 1; step <= 3; step++) {
                    int[] rows = { step, 10 + step, 20 + step, 30 + step };
                    try (NDManager batch = manager.newSubManager(); Autograd recording = Autograd.training()) {
                        recording.backward(problem.task().batchLoss(batch, rows));
                    }
                    assertTrue(parameters.stream().allMatch(p -> absoluteSum(p) > 0), "backward fills every gradient, step " + step);

                    adam.step();

                    for (Parameter parameter : parameters) {
                        assertEquals(0.0, absoluteSum(parameter), parameter.getName() + " after step " + step);
                    }
                }
            }
        }
    }

    private static double absoluteSum(Parameter parameter) {
        try (NDArray gradient = parameter.getArray().getGradient(); NDArray sum = gradient.abs().sum()) {
            return sum.getFloat();
        }
    }

    /** y = sin(2 a) + b c on 200 fixed rows; a seeded tanh network 3-16-16-1, trained without its output bias or with. */
    private record Problem(SequentialBlock network, TrainingTask task, float[] x, float[] y, int inputs) {
        static Problem of(NDManager manager, boolean leaveOutOutputBias) {
            return of(manager, leaveOutOutputBias, 3, 16, 200);
        }

        /** y = sin(2 a) + b c (further inputs are noise) with {@code inputs} inputs and 2 x {@code neurons} units. */
        static Problem of(NDManager manager, boolean leaveOutOutputBias, int inputs, int neurons, int rows) {
            SineRows sine = SineRows.of(inputs, rows);
            float[] x = sine.x();
            float[] y = sine.y();
            SequentialBlock network = Networks.tanhMlp(2, neurons, 1);
            network.setInitializer(SeededInitializer.xavier(5), Parameter.Type.WEIGHT);
            network.initialize(manager, DataType.FLOAT32, new Shape(1, inputs));
            StandardScaler identity = new StandardScaler(new double[] { 0 }, new double[] { 1 });
            SupervisedTask all = new SupervisedTask(network, manager, new Shape(inputs), x, y, new float[0], new double[0], identity);
            List<Parameter> trained = leaveOutOutputBias ? all.parameters().subList(0, 5) : all.parameters();
            return new Problem(network, new TrainingTask() {
                @Override
                public int trainingRows() {
                    return all.trainingRows();
                }

                @Override
                public List<Parameter> parameters() {
                    return trained;
                }

                @Override
                public NDArray batchLoss(NDManager batch, int[] rows) {
                    return all.batchLoss(batch, rows);
                }

                @Override
                public Validation validate() {
                    return null;
                }
            }, x, y, inputs);
        }

        /**
         * The batch's loss as the loop computed it before issue 16's fourth round: rows gathered into Java arrays and
         * copied into new native arrays, the prediction reshaped, a parameter store per batch.
         */
        NDArray straightforwardLoss(NDManager batch, int[] rows) {
            NDArray input = batch.create(Batches.gather(x, inputs, rows), new Shape(rows.length, inputs));
            NDArray predicted = network.forward(new ParameterStore(batch, false), new NDList(input), true).get(0);
            return batch.create(Batches.gather(y, rows), new Shape(rows.length, 1))
                    .sub(predicted.reshape(rows.length, 1)).square().mean();
        }

        NDArray outputBias() {
            List<Parameter> all = network.getParameters().values();
            return all.get(all.size() - 1).getArray();
        }
    }

    private static List<Double> lossesOfTheLoop(TrainingTask task, NDManager manager) {
        return lossesOfTheLoop(task, manager, OPTIONS);
    }

    private static List<Double> lossesOfTheLoop(TrainingTask task, NDManager manager, TrainingOptions options) {
        List<Double> losses = new ArrayList<>();
        TrainingLoop.run(task, options, manager, TrainingMonitor.onEpoch((EpochMetrics m) -> losses.add(m.loss())));
        return losses;
    }

    private static List<Double> straightforwardLosses(Problem problem, NDManager manager) {
        return straightforwardLosses(problem, manager, OPTIONS);
    }

    /**
     * The loop as it was before the fused update: DJL's Adam called parameter by parameter, the batch's loss as
     * {@link Problem#straightforwardLoss} and read with {@code getFloat}.
     */
    private static List<Double> straightforwardLosses(Problem problem, NDManager manager, TrainingOptions options) {
        TrainingTask task = problem.task();
        Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) options.learningRate())).build();
        Random order = new Random(options.seed());
        List<Double> losses = new ArrayList<>();
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            double lossSum = 0;
            for (int[] rows : Batches.shuffled(task.trainingRows(), options.batchSize(), order)) {
                try (NDManager batch = manager.newSubManager(); Autograd recording = Autograd.training()) {
                    NDArray loss = problem.straightforwardLoss(batch, rows);
                    recording.backward(loss);
                    lossSum += loss.getFloat() * rows.length;
                }
                for (Parameter parameter : task.parameters()) {
                    NDArray weight = parameter.getArray();
                    if (weight.hasGradient()) {
                        try (NDArray gradient = weight.getGradient()) {
                            adam.update(parameter.getId(), weight, gradient);
                        }
                    }
                }
            }
            losses.add(lossSum / task.trainingRows());
        }
        return losses;
    }

    private static void assertSameWeights(Problem expected, Problem actual) {
        List<Parameter> e = expected.network().getParameters().values();
        List<Parameter> a = actual.network().getParameters().values();
        for (int i = 0; i < e.size(); i++) {
            assertArrayEquals(e.get(i).getArray().toFloatArray(), a.get(i).getArray().toFloatArray(), 1e-5f,
                    e.get(i).getName());
        }
    }
}
