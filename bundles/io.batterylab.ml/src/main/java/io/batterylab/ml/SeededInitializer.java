package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import java.util.Random;

/**
 * Initial weights drawn from a {@link Random} of the run's seed, not from libtorch's generator: that generator is
 * global to the process, so two runs on two worker threads would change each other's draws. Blocks initialise their
 * parameters in a fixed order, so one seed gives one set of weights.
 */
public final class SeededInitializer implements Initializer {
    private final Random random;
    private final double fixedBound;

    private SeededInitializer(long seed, double fixedBound) {
        this.random = new Random(seed);
        this.fixedBound = fixedBound;
    }

    /** Glorot/Xavier uniform: U(-a, a), a = sqrt(6 / (fan in + fan out)), fans from the (out, in) shape. */
    public static SeededInitializer xavier(long seed) {
        return new SeededInitializer(seed, Double.NaN);
    }

    /** U(-bound, bound) for every value, e.g. 1/sqrt(hidden) as torch.nn.LSTM does. */
    public static SeededInitializer uniform(long seed, double bound) {
        return new SeededInitializer(seed, bound);
    }

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        double bound = Double.isNaN(fixedBound) ? xavierBound(shape) : fixedBound;
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((2 * random.nextDouble() - 1) * bound);
        }
        return manager.create(values, shape).toType(dataType, false);
    }

    static double xavierBound(Shape shape) {
        long fanOut = shape.dimension() > 0 ? shape.get(0) : 1;
        long fanIn = shape.dimension() > 1 ? shape.size() / fanOut : 1;
        return Math.sqrt(6.0 / (fanIn + fanOut));
    }
}
