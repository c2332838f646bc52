package io.batterylab.ml.detection;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.batterylab.ml.Networks;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a network's {@link JavaLstm} only if it gives libtorch's logits on probe windows: what the parameters alone
 * do not say (e.g. a time-major LSTM, whose rows libtorch would read otherwise) shows in its answers. The probe is
 * one libtorch call when a model is made or loaded.
 */
final class JavaLstmProbe {
    private static final Logger LOG = LoggerFactory.getLogger(JavaLstmProbe.class);
    private static final int WINDOWS = 16;
    /** Far above float rounding over a window (≈ 1e-6), far below what a wrong layout gives (≈ 0.1). */
    private static final float TOLERANCE = 1e-4f;

    private JavaLstmProbe() {
    }

    /** The network in Java if it is a last-pooled LSTM and agrees with libtorch on the probe; else empty. */
    static Optional<JavaLstm> checked(Block network, NDManager manager, int samples) {
        Optional<JavaLstm> lstm = JavaLstm.of(network);
        if (lstm.isEmpty()) {
            return lstm;
        }
        float[] rows = probeRows(samples);
        float[] java = lstm.get().logits(rows, samples, lstm.get().newState());
        float[] torch = Networks.predictRows(network, manager, rows, new Shape(samples, WindowSequence.FEATURES),
                WINDOWS);
        for (int w = 0; w < WINDOWS; w++) {
            if (!(Math.abs(java[w] - torch[w]) <= TOLERANCE * Math.max(1, Math.abs(torch[w])))) {
                LOG.warn("LSTM windows are assessed by libtorch: the Java LSTM gave logit {} where libtorch gave {}",
                        java[w], torch[w]);
                return Optional.empty();
            }
        }
        return lstm;
    }

    /** Rows like {@link WindowSequence}'s: rise and step of a few units either way, the position 0 … 1. */
    static float[] probeRows(int samples) {
        Random random = new Random(13);
        float[] rows = new float[WINDOWS * samples * WindowSequence.FEATURES];
        for (int at = 0, w = 0; w < WINDOWS; w++) {
            for (int i = 0; i < samples; i++, at += WindowSequence.FEATURES) {
                rows[at] = (float) (2 * random.nextGaussian());
                rows[at + 1] = (float) random.nextGaussian();
                rows[at + 2] = (float) i / (samples - 1);
            }
        }
        return rows;
    }
}
