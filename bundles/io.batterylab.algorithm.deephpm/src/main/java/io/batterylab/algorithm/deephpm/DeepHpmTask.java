package io.batterylab.algorithm.deephpm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import io.batterylab.ml.SupervisedTask;
import io.batterylab.ml.TrainingTask;
import java.util.List;

/**
 * DeepHPM's loss for the shared loop: data term on u plus the residuals F = du/dt - G and dF/dt, summed or
 * balanced by learned log-variances. With dropout, the data term sees the surrogate with dropout and the residuals
 * the whole networks. Validation is on u alone, as for the other algorithms.
 */
final class DeepHpmTask implements TrainingTask {
    private final DeepHpmNetwork network;
    private final LossMode mode;
    private final int columns;
    private final float[] inputs;
    private final float[] targets;
    private final SupervisedTask dataOnly;

    DeepHpmTask(DeepHpmNetwork network, LossMode mode, int columns, float[] inputs, float[] targets,
            SupervisedTask dataOnly) {
        this.network = network;
        this.mode = mode;
        this.columns = columns;
        this.inputs = inputs;
        this.targets = targets;
        this.dataOnly = dataOnly;
    }

    @Override
    public int trainingRows() {
        return targets.length;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = network.getParameters().values();
        // with a plain sum the log-variances take no part in the loss
        return mode == LossMode.ADP_BAL ? all : all.stream().filter(p -> !network.logVariances().contains(p)).toList();
    }

    @Override
    public NDArray batchLoss(NDManager batch, int[] rows) {
        float[] x = new float[rows.length * columns];
        float[] y = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(inputs, rows[i] * columns, x, i * columns, columns);
            y[i] = targets[rows[i]];
        }
        NDArray input = batch.create(x, new Shape(rows.length, columns));
        NDArray target = batch.create(y, new Shape(rows.length, 1));
        DeepHpmNetwork.Residuals r = network.residuals(input, Jet.Constants.of(batch, DataType.FLOAT32));
        if (network.hasDropout()) {
            // Dropout regularises the data fit only. Inside the residuals its masks make du/dt the derivative of a
            // different random sub-network every step, which G cannot follow: with it there, case A's RUL RMSE
            // rose from 46 to about 140 cycles (docs/benchmarks.md).
            NDArray u = network.surrogate().forward(new ParameterStore(batch, false), new NDList(input), true).head();
            r = new DeepHpmNetwork.Residuals(u, r.ut(), r.f(), r.ft());
        }
        return loss(r, target, batch);
    }

    NDArray loss(DeepHpmNetwork.Residuals r, NDArray target, NDManager batch) {
        NDArray dataLoss = target.sub(r.u()).square().mean();
        NDArray residualLoss = r.f().square().mean();
        NDArray derivativeLoss = r.ft().square().mean();
        if (mode == LossMode.SUM) {
            return dataLoss.add(residualLoss).add(derivativeLoss);
        }
        NDArray[] terms = { dataLoss, residualLoss, derivativeLoss };
        NDArray zero = batch.zeros(new Shape(1));
        NDArray total = zero;
        for (int k = 0; k < terms.length; k++) {
            NDArray logVariance = network.logVariances().get(k).getArray();
            // exp(-s) L + s, written from batch arrays so that every result belongs to the batch
            total = total.add(terms[k].mul(zero.sub(logVariance).exp())).add(zero.add(logVariance));
        }
        return total;
    }

    @Override
    public Validation validate() {
        return dataOnly.validate();
    }
}
