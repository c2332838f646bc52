package io.batterylab.algorithm.deephpm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import io.batterylab.ml.SeededDropout;
import java.util.ArrayList;
import java.util.List;

/**
 * The forward-mode derivatives of DeepHPM as they were computed before issue 16, kept as the straightforward
 * reference for {@link Jet} and {@link DeepHpmNetwork#residuals}: the input carries explicit one-hot and zero
 * tangent lanes, every layer transforms every lane, G's input lanes are concatenated from zero, one and du/dt.
 * Shapes as in {@link Jet}: value (B, n), first and second (D, B, n).
 */
final class StraightforwardJet {
    private final NDArray value;
    private final NDArray first;
    private final NDArray second;
    private final Jet.Constants constants;

    private StraightforwardJet(NDArray value, NDArray first, NDArray second, Jet.Constants constants) {
        this.value = value;
        this.first = first;
        this.second = second;
        this.constants = constants;
    }

    static StraightforwardJet input(NDArray x, int[] columns, boolean secondOrder, Jet.Constants constants) {
        NDArray first = x.zerosLike().expandDims(0).repeat(0, columns.length);
        for (int a = 0; a < columns.length; a++) {
            first.set(new NDIndex("{}, :, {}", a, columns[a]), 1f);
        }
        return new StraightforwardJet(x, first, secondOrder ? first.zerosLike() : null, constants);
    }

    StraightforwardJet linear(NDArray weight, NDArray bias) {
        NDArray v = Linear.linear(value, weight, bias).singletonOrThrow();
        NDArray d1 = Linear.linear(first, weight).singletonOrThrow();
        NDArray d2 = second == null ? null : Linear.linear(second, weight).singletonOrThrow();
        return new StraightforwardJet(v, d1, d2, constants);
    }

    /** h = tanh(z): h_a = (1 - h^2) z_a, h_at = (1 - h^2) (z_at - 2 h z_a z_t). */
    StraightforwardJet tanh() {
        NDArray h = value.tanh();
        NDArray slope = h.square().neg().add(constants.one());
        NDArray d1 = first.mul(slope);
        NDArray d2 = null;
        if (second != null) {
            NDArray zt = first.get(0);
            d2 = second.add(first.mul(zt).mul(h).mul(constants.minusTwo())).mul(slope);
        }
        return new StraightforwardJet(h, d1, d2, constants);
    }

    static StraightforwardJet through(SequentialBlock network, StraightforwardJet input) {
        StraightforwardJet h = input;
        for (Block layer : network.getChildren().values()) {
            if (layer instanceof Linear linear) {
                h = h.linear(linear.getParameters().get("weight").getArray(), linear.getParameters().get("bias").getArray());
            } else if (!(layer instanceof SeededDropout)) {
                h = h.tanh();
            }
        }
        return h;
    }

    /** The residuals of {@code network} for inputs x, computed the straightforward way. */
    static DeepHpmNetwork.Residuals residuals(DeepHpmNetwork network, NDArray x, Jet.Constants constants) {
        int k = network.features();
        DynamicalInputs g = network.dynamicalInputs();
        int[] directions = new int[g.us ? k + 1 : 1];
        directions[0] = k;
        for (int j = 1; j < directions.length; j++) {
            directions[j] = j - 1;
        }
        StraightforwardJet u = through(network.surrogate(), input(x, directions, true, constants));
        NDArray ut = u.first.get(0);
        NDArray utt = u.second.get(0);
        List<NDArray> values = new ArrayList<>();
        List<NDArray> firsts = new ArrayList<>();
        NDArray s = x.get(":, 0:" + k);
        NDArray t = x.get(":, " + k + ":" + (k + 1));
        if (g.s) {
            values.add(s);
            firsts.add(s.zerosLike());
        }
        if (g.t) {
            values.add(t);
            firsts.add(t.onesLike());
        }
        if (g.u) {
            values.add(u.value);
            firsts.add(ut);
        }
        if (g.us) {
            values.add(u.first.get("1:, :, 0").transpose());
            firsts.add(u.second.get("1:, :, 0").transpose());
        }
        StraightforwardJet gInput = new StraightforwardJet(NDArrays.concat(new NDList(values), 1),
                NDArrays.concat(new NDList(firsts), 1).expandDims(0), null, constants);
        StraightforwardJet gOut = through(network.dynamics(), gInput);
        return new DeepHpmNetwork.Residuals(u.value, ut, ut.sub(gOut.value), utt.sub(gOut.first.get(0)));
    }

    /** The loss as it was computed before issue 16: three squared means, and for AdpBal term by term. */
    static NDArray loss(DeepHpmNetwork network, LossMode mode, DeepHpmNetwork.Residuals r, NDArray target, NDManager batch) {
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
            total = total.add(terms[k].mul(zero.sub(logVariance).exp())).add(zero.add(logVariance));
        }
        return total;
    }

    /** Both straightforward rules, for {@link DeepHpmTask}. */
    static final DeepHpmTask.Rules RULES = new DeepHpmTask.Rules() {
        @Override
        public DeepHpmNetwork.Residuals residuals(DeepHpmNetwork network, NDArray x, Jet.Constants constants) {
            return StraightforwardJet.residuals(network, x, constants);
        }

        @Override
        public NDArray loss(DeepHpmNetwork network, LossMode mode, DeepHpmNetwork.Residuals r, NDArray target,
                NDManager batch) {
            return StraightforwardJet.loss(network, mode, r, target, batch);
        }
    };
}
