package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.TrainingCanceledException;
import io.batterylab.core.training.TrainingMonitor;
import java.util.Locale;
import java.util.Random;

/**
 * The training loop every built-in algorithm shares: Adam over all parameters at once ({@link FusedAdam}), shuffled
 * mini-batches, one {@link EpochMetrics} per epoch, and a cancel check before every batch, so that a cancel stops
 * the run within one batch. Small networks train on one intra-op thread ({@link StepThreads}); a task that offers a
 * {@link GradientStep} (a tanh MLP without dropout) trains with it instead of autograd ({@link GradientSteps}).
 */
public final class TrainingLoop {
    /** At most about this many epoch lines go to the run's log; every epoch still reaches the monitor. */
    private static final int LOG_LINES = 50;

    private TrainingLoop() {
    }

    /**
     * @param manager owns the optimiser's state; batches use sub-managers of it
     * @throws TrainingCanceledException when the monitor asks to stop
     * @throws IllegalStateException when the loss stops being a finite number
     */
    public static void run(TrainingTask task, TrainingOptions options, NDManager manager, TrainingMonitor monitor) {
        run(task, options, manager, monitor, StepThreads.configured(System.getProperties()));
    }

    /**
     * As {@link #run(TrainingTask, TrainingOptions, NDManager, TrainingMonitor)}, on the intra-op threads that
     * {@code threads} gives for the task's per-batch work; afterwards this thread (and libtorch's default for new
     * threads) is back at {@code threads.configured()}.
     */
    static void run(TrainingTask task, TrainingOptions options, NDManager manager, TrainingMonitor monitor,
            StepThreads threads) {
        if (task.trainingRows() == 0) {
            throw new IllegalArgumentException("no training rows: every selected row lacks a feature or the target");
        }
        long work = StepThreads.work(task.parameters(), options.batchSize());
        int used = threads.forWork(work);
        if (used != threads.configured()) {
            monitor.log(String.format(Locale.ROOT, "%d intra-op thread instead of %d: %,d parameters x batch rows per "
                    + "batch is below %,d (-D%s)", used, threads.configured(), work, threads.limit(), StepThreads.PROPERTY));
        }
        DjlRuntime.engine();
        // libtorch's setting is per thread (OpenMP and MKL) and the default for threads that start later
        JniUtils.setNumThreads(used);
        try (FusedAdam adam = new FusedAdam(task.parameters(), options.learningRate(), manager)) {
            run(task, options, manager, monitor, adam);
        } finally {
            JniUtils.setNumThreads(threads.configured());
        }
    }

    private static void run(TrainingTask task, TrainingOptions options, NDManager manager, TrainingMonitor monitor,
            FusedAdam adam) {
        try (GradientStep dense = GradientSteps.start(task, adam, manager, monitor, System.getProperties())) {
            run(task, options, monitor, adam, dense, manager);
        }
    }

    private static void run(TrainingTask task, TrainingOptions options, TrainingMonitor monitor, FusedAdam adam,
            GradientStep dense, NDManager manager) {
        Random order = new Random(options.seed());
        int logEvery = Math.max(1, options.epochs() / LOG_LINES);
        monitor.log(String.format(Locale.ROOT, "training on %d rows, %d epochs, batch size %d, learning rate %g",
                task.trainingRows(), options.epochs(), options.batchSize(), options.learningRate()));
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            double loss = (dense != null ? lossSum(dense, task, options, monitor, adam, order)
                    : lossSum(task, options, manager, monitor, adam, order)) / task.trainingRows();
            if (!Double.isFinite(loss)) {
                throw new IllegalStateException("training diverged at epoch " + epoch
                        + " (loss " + loss + "); try a smaller learning rate");
            }
            TrainingTask.Validation validation;
            try (Autograd noGraph = Autograd.inference()) {
                validation = task.validate();
            }
            EpochMetrics metrics = validation == null
                    ? new EpochMetrics(epoch, options.epochs(), loss, Double.NaN, null)
                    : new EpochMetrics(epoch, options.epochs(), loss, validation.loss(), validation.metrics());
            monitor.epoch(metrics);
            if (epoch % logEvery == 0 || epoch == options.epochs()) {
                monitor.log(describe(metrics));
            }
        }
    }

    /**
     * One epoch's steps; the sum over batches of loss × rows. Gradients are recorded for the whole epoch (one switch,
     * not one per step) and every backward pass starts from the same array of ones; each batch's arrays are freed
     * with its sub-manager.
     */
    private static double lossSum(TrainingTask task, TrainingOptions options, NDManager manager, TrainingMonitor monitor,
            FusedAdam adam, Random order) {
        double lossSum = 0;
        NDArray seed = null;
        try (Autograd recording = Autograd.training()) {
            for (int[] rows : Batches.shuffled(task.trainingRows(), options.batchSize(), order)) {
                if (monitor.isCanceled()) {
                    throw new TrainingCanceledException();
                }
                try (NDManager batch = manager.newSubManager()) {
                    NDArray loss = task.batchLoss(batch, rows);
                    if (seed == null || !seed.getShape().equals(loss.getShape())) {
                        if (seed != null) {
                            seed.close();
                        }
                        seed = manager.ones(loss.getShape(), loss.getDataType());
                    }
                    recording.backward(loss, seed);
                    // toFloatArray reads the value; getFloat would index it first (for a scalar a clone: one more
                    // native array per step)
                    lossSum += loss.toFloatArray()[0] * rows.length;
                }
                adam.step();
            }
        } finally {
            if (seed != null) {
                seed.close();
            }
        }
        return lossSum;
    }

    /** One epoch's steps by the task's {@link GradientStep}: the sum over batches of loss × rows. */
    private static double lossSum(GradientStep dense, TrainingTask task, TrainingOptions options, TrainingMonitor monitor,
            FusedAdam adam, Random order) {
        double lossSum = 0;
        for (int[] rows : Batches.shuffled(task.trainingRows(), options.batchSize(), order)) {
            if (monitor.isCanceled()) {
                throw new TrainingCanceledException();
            }
            lossSum += dense.step(rows) * rows.length;
            adam.stepWritten();
        }
        return lossSum;
    }

    static String describe(EpochMetrics m) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "epoch %d/%d: loss %.6g", m.epoch(), m.epochs(), m.loss()));
        if (m.validation() != null) {
            line.append(String.format(Locale.ROOT, ", val loss %.6g, val RMSE %.6g, val R2 %.4f, val RMSPE %.4g%%",
                    m.validationLoss(), m.validation().rmse(), m.validation().r2(), m.validation().rmspe()));
        }
        return line.toString();
    }
}
