package io.batterylab.algorithm.deephpm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;

/**
 * A value with its exact derivatives with respect to chosen input directions, carried forward through the
 * network (forward-mode differentiation). DJL has no {@code autograd.grad}; a second backward pass with
 * create-graph semantics works but leaks native memory every epoch. Carrying the derivatives forward needs only
 * ordinary operations, so one backward pass of the loss then trains through them.
 *
 * <p>Shapes: {@code value} (B, n); {@code first} (D, B, n) with {@code first[a]} = d value / d x_a for each
 * direction a; {@code second} (D, B, n) with {@code second[a]} = d^2 value / (d x_a d t), or null when not
 * tracked. Direction 0 is always t, the direction of the time derivatives.
 *
 * <p>Every expression starts with an array of the batch so that results belong to the batch's manager.
 */
final class Jet {
    final NDArray value;
    final NDArray first;
    final NDArray second;
    private final Constants constants;

    /** Numbers kept as arrays of the batch (DJL frees scalar temporaries before backward reads them). */
    record Constants(NDArray one, NDArray two) {
        static Constants of(NDManager batch, ai.djl.ndarray.types.DataType type) {
            return new Constants(batch.ones(new Shape()).toType(type, false), batch.full(new Shape(), 2f).toType(type, false));
        }
    }

    Jet(NDArray value, NDArray first, NDArray second, Constants constants) {
        this.value = value;
        this.first = first;
        this.second = second;
        this.constants = constants;
    }

    /**
     * The network input with unit tangents: direction a is input column {@code columns[a]}.
     *
     * @param columns input columns to differentiate along, {@code columns[0]} being t
     * @param secondOrder whether to track d/dt of the first derivatives
     */
    static Jet input(NDArray x, int[] columns, boolean secondOrder, Constants constants) {
        long batch = x.getShape().get(0);
        long width = x.getShape().get(1);
        NDArray first = x.zerosLike().expandDims(0).repeat(0, columns.length);
        for (int a = 0; a < columns.length; a++) {
            first.set(new NDIndex("{}, :, {}", a, columns[a]), 1f);
        }
        NDArray second = secondOrder ? first.zerosLike() : null;
        if (first.getShape().get(1) != batch || first.getShape().get(2) != width) {
            throw new IllegalStateException("unexpected tangent shape " + first.getShape());
        }
        return new Jet(x, first, second, constants);
    }

    /** y = x W^T + b, linear in x: every derivative goes through W alone. */
    Jet linear(NDArray weight, NDArray bias) {
        NDArray v = Linear.linear(value, weight, bias).singletonOrThrow();
        NDArray d1 = Linear.linear(first, weight).singletonOrThrow();
        NDArray d2 = second == null ? null : Linear.linear(second, weight).singletonOrThrow();
        return new Jet(v, d1, d2, constants);
    }

    /** h = tanh(z): h_a = (1 - h^2) z_a, h_at = (1 - h^2) (z_at - 2 h z_a z_t). */
    Jet tanh() {
        NDArray h = value.tanh();
        NDArray slope = h.square().neg().add(constants.one());
        NDArray d1 = first.mul(slope);
        NDArray d2 = null;
        if (second != null) {
            NDArray zt = first.get(0);
            d2 = second.sub(first.mul(zt).mul(h).mul(constants.two())).mul(slope);
        }
        return new Jet(h, d1, d2, constants);
    }

    /** Product rule: (fg)_a = f_a g + f g_a, (fg)_at = f_at g + f_a g_t + f_t g_a + f g_at. */
    Jet mul(Jet other) {
        NDArray v = value.mul(other.value);
        NDArray d1 = first.mul(other.value).add(other.first.mul(value));
        NDArray d2 = null;
        if (second != null && other.second != null) {
            d2 = second.mul(other.value).add(first.mul(other.first.get(0))).add(other.first.mul(first.get(0)))
                    .add(other.second.mul(value));
        }
        return new Jet(v, d1, d2, constants);
    }

    /** Multiplication by an array that does not depend on the inputs (e.g. a weight), broadcast over the batch. */
    Jet scale(NDArray factor) {
        return new Jet(value.mul(factor), first.mul(factor), second == null ? null : second.mul(factor), constants);
    }

    Jet sub(Jet other) {
        return new Jet(value.sub(other.value), first.sub(other.first),
                second == null || other.second == null ? null : second.sub(other.second), constants);
    }

    /** Columns {@code from..to-1} of the value and of every derivative. */
    Jet columns(int from, int to) {
        String range = ":, " + from + ":" + to;
        return new Jet(value.get(range), first.get(":, " + range), second == null ? null : second.get(":, " + range),
                constants);
    }

    /** The derivatives along direction a as (B, n). */
    NDArray derivative(int direction) {
        return first.get(direction);
    }

    /** d/dt of the derivative along direction a, as (B, n). */
    NDArray derivativeThenTime(int direction) {
        if (second == null) {
            throw new IllegalStateException("second derivatives were not tracked");
        }
        return second.get(direction);
    }

    /** Concatenates values and first derivatives of jets along their last axis (second derivatives dropped). */
    static Jet concatFirstOrder(Constants constants, Jet... parts) {
        NDList values = new NDList();
        NDList firsts = new NDList();
        for (Jet part : parts) {
            values.add(part.value);
            firsts.add(part.first);
        }
        return new Jet(NDArrays.concat(values, 1), NDArrays.concat(firsts, 2), null, constants);
    }

    /** A first-order jet of one direction from a value and its derivative, both (B, n). */
    static Jet ofTimeDerivative(NDArray value, NDArray derivative, Constants constants) {
        return new Jet(value, derivative.expandDims(0), null, constants);
    }
}
