package io.batterylab.algorithm.deephpm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import io.batterylab.ml.BatchRows;
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
    private final float[] targets;
    private final BatchRows batchInputs;
    private final BatchRows batchTargets;
    private final SupervisedTask dataOnly;
    private final Rules rules;

    /** How a batch's residuals and loss are computed: {@link #OPTIMISED}, or a reference in the tests. */
    interface Rules {
        DeepHpmNetwork.Residuals residuals(DeepHpmNetwork network, NDArray x, Jet.Constants constants);

        NDArray loss(DeepHpmNetwork network, LossMode mode, DeepHpmNetwork.Residuals r, NDArray target, NDManager batch);
    }

    /** The product's rules: {@link DeepHpmNetwork#residuals} and {@link #loss}. */
    static final Rules OPTIMISED = new Rules() {
        @Override
        public DeepHpmNetwork.Residuals residuals(DeepHpmNetwork network, NDArray x, Jet.Constants constants) {
            return network.residuals(x, constants);
        }

        @Override
        public NDArray loss(DeepHpmNetwork network, LossMode mode, DeepHpmNetwork.Residuals r, NDArray target,
                NDManager batch) {
            return DeepHpmTask.loss(network, mode, r, target, batch);
        }
    };

    DeepHpmTask(DeepHpmNetwork network, LossMode mode, int columns, float[] inputs, float[] targets,
            SupervisedTask dataOnly) {
        this(network, mode, columns, inputs, targets, dataOnly, OPTIMISED);
    }

    DeepHpmTask(DeepHpmNetwork network, LossMode mode, int columns, float[] inputs, float[] targets,
            SupervisedTask dataOnly, Rules rules) {
        this.rules = rules;
        this.network = network;
        this.mode = mode;
        this.targets = targets;
        this.batchInputs = new BatchRows(inputs, new Shape(columns));
        this.batchTargets = new BatchRows(targets, new Shape(1));
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
        NDArray input = batchInputs.gather(batch, rows);
        NDArray target = batchTargets.gather(batch, rows);
        DeepHpmNetwork.Residuals r = rules.residuals(network, input, Jet.Constants.of(batch, DataType.FLOAT32));
        if (network.hasDropout()) {
            // Dropout regularises the data fit only. Inside the residuals its masks make du/dt the derivative of a
            // different random sub-network every step, which G cannot follow: with it there, case A's RUL RMSE
            // rose from 46 to about 140 cycles (docs/benchmarks.md).
            NDArray u = network.surrogate().forward(new ParameterStore(batch, false), new NDList(input), true).head();
            r = new DeepHpmNetwork.Residuals(u, r.ut(), r.f(), r.ft());
        }
        return rules.loss(network, mode, r, target, batch);
    }

    /**
     * L_u + L_f + L_ft, or with AdpBal the sum of exp(-s_k) L_k + s_k: the three squared residuals side by side as
     * (B, 3), so that one square and one mean give all three terms.
     */
    static NDArray loss(DeepHpmNetwork network, LossMode mode, DeepHpmNetwork.Residuals r, NDArray target,
            NDManager batch) {
        NDArray terms = NDArrays.concat(new NDList(r.u().sub(target), r.f(), r.ft()), 1).square().mean(new int[] { 0 });
        if (mode == LossMode.SUM) {
            return terms.sum();
        }
        NDList logVariances = new NDList();
        network.logVariances().forEach(p -> logVariances.add(p.getArray()));
        NDArray s = NDArrays.concat(logVariances);
        // the concatenation belongs to the parameters' manager: hand it to the batch, or every step would leak it
        s.attach(batch);
        return terms.mul(s.neg().exp()).add(s).sum();
    }

    @Override
    public Validation validate() {
        return dataOnly.validate();
    }
}
