package io.batterylab.algorithm.deephpm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.core.Linear;

/**
 * A value with its exact derivatives with respect to chosen input directions, carried forward through the
 * network (forward-mode differentiation). DJL has no {@code autograd.grad}; a second backward pass with
 * create-graph semantics works but leaks native memory every epoch. Carrying the derivatives forward needs only
 * ordinary operations, so one backward pass of the loss then trains through them.
 *
 * <p>Shapes: {@code value} (B, n); {@code first} (D, B, n) with {@code first[a]} = d value / d x_a for each
 * direction a; {@code second} (D, B, n) with {@code second[a]} = d^2 value / (d x_a d t), or null when not
 * tracked. Direction 0 is always t, the direction of the time derivatives. With t as the only direction the
 * lanes drop their direction axis: (B, n). Right after a first layer ({@link #firstLayer}) the lanes do not depend
 * on the row: {@code first} is (D, 1, n) or (n) and broadcasts, and a tracked {@code second} is known to be zero and
 * kept as no array at all ({@code secondIsZero}).
 *
 * <p>Every operation counts (issue 16: each is a native call and an autograd node, and for 256 x 64 arrays their
 * overhead, not the arithmetic, is the cost), so the rules below are written with as few as the algebra allows.
 * Every expression starts with an array of the batch so that results belong to the batch's manager.
 */
final class Jet {
    final NDArray value;
    final NDArray first;
    final NDArray second;
    private final boolean secondIsZero;
    /** One direction (t) only: the lanes are kept without their direction axis, (B, n) or broadcasting (n). */
    private final boolean single;
    private final Constants constants;

    /** Numbers kept as arrays of the batch (DJL frees scalar temporaries before backward reads them). */
    record Constants(NDArray one, NDArray minusTwo) {
        static Constants of(NDManager batch, DataType type) {
            NDArray one = batch.create(1f);
            NDArray minusTwo = batch.create(-2f);
            return type == DataType.FLOAT32 ? new Constants(one, minusTwo)
                    : new Constants(one.toType(type, false), minusTwo.toType(type, false));
        }
    }

    Jet(NDArray value, NDArray first, NDArray second, Constants constants) {
        this(value, first, second, false, false, constants);
    }

    private Jet(NDArray value, NDArray first, NDArray second, boolean secondIsZero, boolean single,
            Constants constants) {
        this.value = value;
        this.first = first;
        this.second = second;
        this.secondIsZero = secondIsZero;
        this.single = single;
        this.constants = constants;
    }

    /**
     * The network input with unit tangents: direction a is input column {@code columns[a]}. (Networks start with
     * {@link #firstLayer}, which needs no tangent arrays; this is for jets of plain expressions.)
     *
     * @param columns input columns to differentiate along, {@code columns[0]} being t
     * @param secondOrder whether to track d/dt of the first derivatives
     */
    static Jet input(NDArray x, int[] columns, boolean secondOrder, Constants constants) {
        NDArray first = x.zerosLike().expandDims(0).repeat(0, columns.length);
        for (int a = 0; a < columns.length; a++) {
            first.set(new NDIndex("{}, :, {}", a, columns[a]), 1f);
        }
        return new Jet(x, first, secondOrder ? first.zerosLike() : null, constants);
    }

    /**
     * The first linear layer applied to the network input x with unit tangents along {@code columns}. The input's
     * tangent along column c is the one-hot vector e_c, so W e_c is W's column c: the derivative lanes are a slice of
     * W (no matrix product), the same for every row, and their d/dt is zero (no array, no products).
     */
    static Jet firstLayer(NDArray x, NDArray weight, NDArray bias, int[] columns, boolean secondOrder,
            Constants constants) {
        NDArray v = Linear.linear(x, weight, bias).singletonOrThrow();
        if (columns.length == 1) {
            return new Jet(v, column(weight, columns[0], x), null, secondOrder, true, constants);
        }
        NDList slices = new NDList();
        for (int column : columns) {
            slices.add(columns(weight, column, column + 1, x));
        }
        // (n, D) -> (D, 1, n)
        NDArray lanes = NDArrays.concat(slices, 1).transpose().expandDims(1);
        return new Jet(v, lanes, null, secondOrder, false, constants);
    }

    /**
     * The first linear layer of a network whose input depends on t through some of its columns only: column
     * {@code timeColumn} (the input t itself, dt/dt = 1; negative if absent) and the last columns (d/dt given as
     * {@code moving}, (B, m); null if none). The other columns are constant in t. First order, one direction (t):
     * z_t = moving W[:, last m]^T + W[:, timeColumn], a single addmm.
     */
    static Jet firstLayerAlongTime(NDArray x, NDArray weight, NDArray bias, int timeColumn, NDArray moving,
            Constants constants) {
        NDArray v = Linear.linear(x, weight, bias).singletonOrThrow();
        long width = weight.getShape().get(1);
        NDArray ofTime = timeColumn < 0 ? null : column(weight, timeColumn, x);
        NDArray d1 = moving == null ? ofTime
                : Linear.linear(moving, columns(weight, width - moving.getShape().get(1), width, x), ofTime)
                        .singletonOrThrow();
        return new Jet(v, d1, null, false, true, constants);
    }

    /** Column c of a weight as a vector of the batch of {@code owner} (freed with the batch). */
    private static NDArray column(NDArray weight, long c, NDArray owner) {
        return ownedBy(weight.get(new NDIndex(":, {}", c)), owner);
    }

    /** Columns from..to-1 of a weight as an array of the batch of {@code owner} (freed with the batch). */
    private static NDArray columns(NDArray weight, long from, long to, NDArray owner) {
        return ownedBy(weight.get(new NDIndex(":, {}:{}", from, to)), owner);
    }

    /** A view of a parameter belongs to the parameter's manager: hand it to the batch, or every step would leak it. */
    private static NDArray ownedBy(NDArray view, NDArray owner) {
        view.attach(owner.getManager());
        return view;
    }

    /** y = x W^T + b, linear in x: every derivative goes through W alone. */
    Jet linear(NDArray weight, NDArray bias) {
        NDArray v = Linear.linear(value, weight, bias).singletonOrThrow();
        NDArray d1 = Linear.linear(first, weight).singletonOrThrow();
        NDArray d2 = second == null ? null : Linear.linear(second, weight).singletonOrThrow();
        return new Jet(v, d1, d2, secondIsZero, single, constants);
    }

    /**
     * h = tanh(z): h_a = (1 - h^2) z_a = s z_a, h_at = s z_at - 2 h h_a z_t (the second term alone when z_at is
     * zero). With one direction, z_t is the whole first lane and needs no slice.
     */
    Jet tanh() {
        NDArray h = value.tanh();
        NDArray slope = constants.one().sub(h.square());
        NDArray d1 = first.mul(slope);
        NDArray d2 = null;
        if (second != null || secondIsZero) {
            NDArray curvature = d1.mul(alongTime(first)).mul(h.mul(constants.minusTwo()));
            d2 = secondIsZero ? curvature : second.mul(slope).add(curvature);
        }
        return new Jet(h, d1, d2, false, single, constants);
    }

    /** The second-order lane as an array, zeros if known to be zero. */
    private NDArray secondLane() {
        return secondIsZero ? first.zerosLike() : second;
    }

    private boolean tracksSecond() {
        return second != null || secondIsZero;
    }

    /** Product rule: (fg)_a = f_a g + f g_a, (fg)_at = f_at g + f_a g_t + f_t g_a + f g_at. */
    Jet mul(Jet other) {
        NDArray v = value.mul(other.value);
        NDArray d1 = first.mul(other.value).add(other.first.mul(value));
        NDArray d2 = null;
        if (tracksSecond() && other.tracksSecond()) {
            d2 = secondLane().mul(other.value).add(first.mul(alongTime(other.first))).add(other.first.mul(alongTime(first)))
                    .add(other.secondLane().mul(value));
        }
        return new Jet(v, d1, d2, false, single, constants);
    }

    /** Multiplication by an array that does not depend on the inputs (e.g. a weight), broadcast over the batch. */
    Jet scale(NDArray factor) {
        return new Jet(value.mul(factor), first.mul(factor), second == null ? null : second.mul(factor), secondIsZero,
                single, constants);
    }

    /** The t lane of some lanes: the lanes themselves when t is the only direction. */
    private NDArray alongTime(NDArray lanes) {
        return single ? lanes : lanes.get(0);
    }

    /** One direction's lane of some lanes. */
    private NDArray lane(NDArray lanes, int direction) {
        if (single && direction != 0) {
            throw new IllegalArgumentException("only the time direction was tracked, not " + direction);
        }
        return single ? lanes : lanes.get(direction);
    }

    /** The derivatives along direction a as (B, n). */
    NDArray derivative(int direction) {
        return lane(first, direction);
    }

    /** d/dt of the derivative along direction a, as (B, n). */
    NDArray derivativeThenTime(int direction) {
        if (!tracksSecond()) {
            throw new IllegalStateException("second derivatives were not tracked");
        }
        return lane(secondLane(), direction);
    }
}
