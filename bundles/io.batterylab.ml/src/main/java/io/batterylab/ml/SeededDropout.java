package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.SplittableRandom;

/**
 * Inverted dropout whose masks come from a generator of the run's seed (as {@link SeededInitializer}: libtorch's
 * generator is global to the process, so runs on two worker threads would change each other's masks). While
 * training, each unit is kept with probability 1 - rate and scaled by 1 / (1 - rate); otherwise the block passes its
 * input through. Wen et al. use a rate of 0.1 after every hidden layer.
 */
public final class SeededDropout extends AbstractBlock {
    private static final byte VERSION = 1;
    private final double rate;
    private final SplittableRandom random;

    /**
     * @param rate share of units switched off in a training pass, 0 (inclusive) to 1 (exclusive)
     */
    public SeededDropout(double rate, long seed) {
        super(VERSION);
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout rate must be at least 0 and below 1: " + rate);
        }
        this.rate = rate;
        this.random = new SplittableRandom(seed);
    }

    /** A fresh mask shaped like {@code like}, holding 0 or 1 / (1 - rate), in the manager of {@code like}. */
    private synchronized NDArray mask(NDArray like) {
        float keep = (float) (1 / (1 - rate));
        float[] values = new float[Math.toIntExact(like.getShape().size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble() < rate ? 0f : keep;
        }
        return like.getManager().create(values, like.getShape()).toType(like.getDataType(), false);
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        if (!training || rate == 0) {
            return inputs;
        }
        NDArray x = inputs.singletonOrThrow();
        return new NDList(x.mul(mask(x)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }

    @Override
    protected void initializeChildBlocks(ai.djl.ndarray.NDManager manager, DataType dataType, Shape... inputShapes) {
        // no parameters, no children
    }
}
