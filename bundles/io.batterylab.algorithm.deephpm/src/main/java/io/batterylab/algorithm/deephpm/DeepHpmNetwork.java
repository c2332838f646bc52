package io.batterylab.algorithm.deephpm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import io.batterylab.ml.Networks;
import io.batterylab.ml.SeededDropout;
import java.util.ArrayList;
import java.util.List;

/**
 * Deep hidden physics model (Raissi; Wen et al. for battery prognostics): a surrogate network u = f(s, t) from the
 * normalised features s and cycle t to the normalised target, and a hidden-physics network G of the selected
 * dynamical inputs, trained so that du/dt = G. Both are tanh networks; their derivatives are carried forward
 * exactly ({@link Jet}). Plain forward passes (predictions) use the surrogate alone.
 */
final class DeepHpmNetwork extends AbstractBlock {
    private static final byte VERSION = 1;
    private final int features;
    private final DynamicalInputs dynamicalInputs;
    private final SequentialBlock surrogate;
    private final SequentialBlock dynamics;
    private final List<Parameter> logVariances = new ArrayList<>();
    private final boolean dropout;

    /** u, du/dt, the residual F = du/dt - G and its time derivative dF/dt, each (B, 1), in normalised units. */
    record Residuals(NDArray u, NDArray ut, NDArray f, NDArray ft) {
    }

    /**
     * @param dropout rate of the dropout after every hidden layer of the surrogate in the data term (0: none)
     * @param seed of the dropout masks
     */
    DeepHpmNetwork(int features, int layers, int neurons, DynamicalInputs dynamicalInputs, double dropout, long seed) {
        super(VERSION);
        this.features = features;
        this.dynamicalInputs = dynamicalInputs;
        this.dropout = dropout > 0;
        surrogate = addChildBlock("surrogate", Networks.tanhMlp(layers, neurons, 1, dropout, seed));
        // G only ever runs inside the residuals, which see whole networks: no dropout there
        dynamics = addChildBlock("dynamics", Networks.tanhMlp(layers, neurons, 1));
        for (String term : new String[] { "u", "f", "ft" }) {
            logVariances.add(addParameter(Parameter.builder().setName("logVariance_" + term).setType(Parameter.Type.OTHER)
                    .optShape(new Shape(1)).optInitializer(Initializer.ZEROS).build()));
        }
    }

    /** The learned log-variances of the three loss terms (AdpBal). */
    List<Parameter> logVariances() {
        return logVariances;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        return surrogate.forward(parameterStore, inputs, training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] { new Shape(inputShapes[0].get(0), 1) };
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        surrogate.initialize(manager, dataType, inputShapes[0]);
        dynamics.initialize(manager, dataType, new Shape(1, dynamicalInputs.width(features)));
    }

    /**
     * u, F and dF/dt for a batch of normalised inputs (features..., t) of shape (B, k + 1), by forward-mode
     * derivatives through both networks, built only from ordinary differentiable operations. Dropout takes no part:
     * the physics residual constrains the whole network, the one that predicts (see {@link DeepHpmTask}).
     */
    Residuals residuals(NDArray x, Jet.Constants constants) {
        int k = features;
        int[] directions = new int[dynamicalInputs.us ? k + 1 : 1];
        directions[0] = k;
        for (int j = 1; j < directions.length; j++) {
            directions[j] = j - 1;
        }
        Jet u = through(surrogate, Jet.input(x, directions, true, constants));
        NDArray ut = u.derivative(0);
        NDArray utt = u.derivativeThenTime(0);

        List<Jet> parts = new ArrayList<>();
        NDArray s = x.get(":, 0:" + k);
        NDArray t = x.get(":, " + k + ":" + (k + 1));
        if (dynamicalInputs.s) {
            parts.add(Jet.ofTimeDerivative(s, s.zerosLike(), constants));
        }
        if (dynamicalInputs.t) {
            parts.add(Jet.ofTimeDerivative(t, t.onesLike(), constants));
        }
        if (dynamicalInputs.u) {
            parts.add(Jet.ofTimeDerivative(u.value, ut, constants));
        }
        if (dynamicalInputs.us) {
            // directions 1..k are the features: (k, B, 1) -> (B, k)
            NDArray us = u.first.get("1:, :, 0").transpose();
            NDArray ust = u.second.get("1:, :, 0").transpose();
            parts.add(Jet.ofTimeDerivative(us, ust, constants));
        }
        Jet g = through(dynamics, Jet.concatFirstOrder(constants, parts.toArray(Jet[]::new)));
        NDArray f = ut.sub(g.value);
        NDArray ft = utt.sub(g.derivative(0));
        return new Residuals(u.value, ut, f, ft);
    }

    /**
     * Carries a jet through a network made by {@link Networks#tanhMlp}: linear layers with tanh between them;
     * dropout layers pass the jet on unchanged, as in a prediction.
     */
    static Jet through(SequentialBlock network, Jet input) {
        Jet h = input;
        for (Block layer : network.getChildren().values()) {
            if (layer instanceof Linear linear) {
                NDArray weight = linear.getParameters().get("weight").getArray();
                NDArray bias = linear.getParameters().get("bias").getArray();
                h = h.linear(weight, bias);
            } else if (!(layer instanceof SeededDropout)) {
                h = h.tanh();
            }
        }
        return h;
    }

    /** Whether the surrogate switches units off while training. */
    boolean hasDropout() {
        return dropout;
    }

    SequentialBlock surrogate() {
        return surrogate;
    }
}
