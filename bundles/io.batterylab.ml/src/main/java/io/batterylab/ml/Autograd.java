package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Switches libtorch's gradient recording for the current thread, and runs backward passes. DJL's own
 * {@code GradientCollector} for PyTorch allows one collector per JVM at a time, which would make two training runs
 * on two worker threads fail; libtorch's grad mode is per thread, so this class uses it directly. Worker threads
 * start with recording on (libtorch's default): predictions should run inside {@link #inference()}.
 */
public final class Autograd implements AutoCloseable {
    private final boolean previous;

    private Autograd(boolean recording) {
        DjlRuntime.engine();
        previous = JniUtils.isGradMode();
        JniUtils.setGradMode(recording);
    }

    /** Records the operations on arrays that require gradients until closed. */
    public static Autograd training() {
        return new Autograd(true);
    }

    /** Records nothing until closed: no graph is kept for predictions. */
    public static Autograd inference() {
        return new Autograd(false);
    }

    /** Adds d(loss)/d(parameter) to the gradient of every parameter that the scalar {@code loss} depends on. */
    public void backward(NDArray loss) {
        try (NDArray seed = loss.onesLike()) {
            backward(loss, seed);
        }
    }

    /** As {@link #backward(NDArray)} from a given array of ones shaped like {@code loss} (kept; reusable). */
    public void backward(NDArray loss, NDArray ones) {
        JniUtils.backward((PtNDArray) loss, (PtNDArray) ones, false, false);
    }

    @Override
    public void close() {
        JniUtils.setGradMode(previous);
    }
}
