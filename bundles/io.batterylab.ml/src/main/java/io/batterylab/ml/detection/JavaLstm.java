package io.batterylab.ml.detection;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.nn.recurrent.LSTM;
import java.util.Arrays;
import java.util.Optional;

/**
 * A trained {@link PooledSequenceBlock} of a one-direction DJL {@link LSTM} with {@link PooledSequenceBlock.Pooling#LAST
 * last-sample pooling}, evaluated in plain Java: the window's rows ({@link WindowSequence}) in, the runaway logit out.
 * libtorch runs about ten dispatched operations per time step (≈ 1 ms a call plus ≈ 30 µs a window); a default window
 * is only ≈ 73 k multiply-adds.
 * <p>
 * The weights are copied once from the block's parameters, which follow libtorch's layout: per layer
 * {@code l_<layer>_i2h_WEIGHT} (4H × inputs), {@code l_<layer>_h2h_WEIGHT} (4H × H) and the two biases (4H each), the
 * 4H gate rows in the order input, forget, cell (g), output. Here each input's column of the two matrices is one
 * contiguous row of 4H floats ({@code inputWeights[layer][k]}), so a step is {@code gates[j] += w[k][j] · x[k]} over
 * independent lanes, which the JIT vectorises; the two biases are summed. Float arithmetic in a fixed order and
 * {@link LstmActivations} make the logit the same to the bit on every CPU and every call. Instances hold only
 * these read-only arrays: threads assess at the same time, each with its own {@link State}.
 * <p>
 * Up to {@value #LANES} windows of a call advance in step: each window's gates are summed alone (above), then the
 * activations of all their gates and cells run as one loop. On a 64-lane gate array the JIT's vector loop (8 doubles
 * wide with AVX-512) spends most of its time in its scalar pre- and post-loops; over 16 windows it does not. The
 * order of every float operation of a window is the one it has alone, so the logits do not depend on the batch.
 */
final class JavaLstm {
    /** Windows a call advances in step. */
    static final int LANES = 16;

    private final int hidden;
    private final float[][][] inputWeights;
    private final float[][][] recurrentWeights;
    private final float[][] biases;
    private final float[] headWeights;
    private final float headBias;
    /**
     * Per gate row of each of {@value #LANES} windows: ½ for the sigmoid gates (i, f, o), 1 for g's tanh
     * ({@link LstmActivations#gates}).
     */
    private final float[] gateScale;
    /** Per gate row of each of {@value #LANES} windows: ½ for the sigmoid gates, 0 for g. */
    private final float[] gateShift;

    private JavaLstm(int hidden, float[][][] inputWeights, float[][][] recurrentWeights, float[][] biases,
            float[] headWeights, float headBias) {
        this.hidden = hidden;
        this.inputWeights = inputWeights;
        this.recurrentWeights = recurrentWeights;
        this.biases = biases;
        this.headWeights = headWeights;
        this.headBias = headBias;
        this.gateScale = new float[LANES * 4 * hidden];
        this.gateShift = new float[LANES * 4 * hidden];
        for (int j = 0; j < gateScale.length; j++) {
            int row = j % (4 * hidden);
            boolean cellGate = row >= 2 * hidden && row < 3 * hidden;
            gateScale[j] = cellGate ? 1 : 0.5f;
            gateShift[j] = cellGate ? 0 : 0.5f;
        }
    }

    /**
     * The network's weights, or empty when it is not an initialised last-pooled, one-direction LSTM with biases (a
     * transformer, a bidirectional or bias-free LSTM: those stay on libtorch).
     */
    static Optional<JavaLstm> of(Block network) {
        if (!(network instanceof PooledSequenceBlock pooled) || pooled.pooling() != PooledSequenceBlock.Pooling.LAST
                || !(pooled.encoder() instanceof LSTM lstm) || !lstm.isInitialized()) {
            return Optional.empty();
        }
        ParameterList parameters = lstm.getDirectParameters();
        int layers = 0;
        while (parameters.contains("l_" + layers + "_i2h_WEIGHT")) {
            layers++;
        }
        if (layers == 0 || parameters.size() != 4 * layers) {
            return Optional.empty();
        }
        int hidden = Math.toIntExact(parameters.get("l_0_h2h_WEIGHT").getArray().getShape().get(1));
        float[][][] inputWeights = new float[layers][][];
        float[][][] recurrentWeights = new float[layers][][];
        float[][] biases = new float[layers][];
        for (int layer = 0; layer < layers; layer++) {
            String prefix = "l_" + layer + "_";
            inputWeights[layer] = columns(parameters.get(prefix + "i2h_WEIGHT"));
            recurrentWeights[layer] = columns(parameters.get(prefix + "h2h_WEIGHT"));
            float[] bias = values(parameters.get(prefix + "i2h_BIAS"));
            float[] recurrentBias = values(parameters.get(prefix + "h2h_BIAS"));
            for (int j = 0; j < bias.length; j++) {
                bias[j] += recurrentBias[j];
            }
            biases[layer] = bias;
        }
        ParameterList head = pooled.head().getDirectParameters();
        return Optional.of(new JavaLstm(hidden, inputWeights, recurrentWeights, biases, values(head.get("weight")),
                values(head.get("bias"))[0]));
    }

    /**
     * The per-thread working arrays of one assessing call: one window's gate sums; the gates of the windows in step,
     * window after window; and per layer their hidden and cell states and the cells' tanh, window after window.
     */
    final class State {
        private final float[] sums = new float[4 * hidden];
        private final float[] gates = new float[LANES * 4 * hidden];
        private final float[][] h = new float[inputWeights.length][LANES * hidden];
        private final float[][] c = new float[inputWeights.length][LANES * hidden];
        private final float[] cellTanh = new float[LANES * hidden];
    }

    State newState() {
        return new State();
    }

    /** The logit of each window of {@code rows} ({@code windows × samples × FEATURES}, as {@link WindowSequence}). */
    float[] logits(float[] rows, int samples, State state) {
        int rowSize = samples * WindowSequence.FEATURES;
        float[] logits = new float[rows.length / rowSize];
        for (int first = 0; first < logits.length; first += LANES) {
            inStep(rows, first, Math.min(LANES, logits.length - first), samples, state, logits);
        }
        return logits;
    }

    /** The logits of {@code count} windows from {@code first} on, advanced in step. */
    private void inStep(float[] rows, int first, int count, int samples, State state, float[] logits) {
        for (int layer = 0; layer < inputWeights.length; layer++) {
            Arrays.fill(state.h[layer], 0, count * hidden, 0);
            Arrays.fill(state.c[layer], 0, count * hidden, 0);
        }
        int rowSize = samples * WindowSequence.FEATURES;
        for (int t = 0; t < samples; t++) {
            for (int layer = 0; layer < inputWeights.length; layer++) {
                for (int w = 0; w < count; w++) {
                    float[] sums = state.sums;
                    System.arraycopy(biases[layer], 0, sums, 0, sums.length);
                    if (layer == 0) {
                        accumulate(sums, inputWeights[0], rows, (first + w) * rowSize + t * WindowSequence.FEATURES);
                    } else {
                        accumulate(sums, inputWeights[layer], state.h[layer - 1], w * hidden);
                    }
                    accumulate(sums, recurrentWeights[layer], state.h[layer], w * hidden);
                    System.arraycopy(sums, 0, state.gates, w * sums.length, sums.length);
                }
                LstmActivations.gates(state.gates, count * 4 * hidden, gateScale, gateShift);
                update(state, layer, count);
            }
        }
        float[] last = state.h[inputWeights.length - 1];
        for (int w = 0; w < count; w++) {
            float z = headBias;
            for (int u = 0; u < hidden; u++) {
                z += headWeights[u] * last[w * hidden + u];
            }
            logits[first + w] = z;
        }
    }

    /** The new c and h of one layer of {@code count} windows from their activated gates. */
    private void update(State state, int layer, int count) {
        float[] gates = state.gates;
        float[] h = state.h[layer];
        float[] c = state.c[layer];
        int n = hidden;
        for (int w = 0; w < count; w++) {
            int g = w * 4 * n;
            int s = w * n;
            for (int u = 0; u < n; u++) {
                c[s + u] = gates[g + n + u] * c[s + u] + gates[g + u] * gates[g + 2 * n + u];
            }
        }
        float[] cellTanh = state.cellTanh;
        for (int i = 0; i < count * n; i++) {
            cellTanh[i] = (float) LstmActivations.tanh(c[i]);
        }
        for (int w = 0; w < count; w++) {
            int g = w * 4 * n + 3 * n;
            int s = w * n;
            for (int u = 0; u < n; u++) {
                h[s + u] = gates[g + u] * cellTanh[s + u];
            }
        }
    }

    /**
     * {@code gates[j] += Σ weights[k][j] · x[xFrom + k]}, four inputs a pass: a 64-lane loop of one input each ran
     * 1.3–1.6 times slower (fewer loads and stores of the gates per multiply-add).
     */
    private static void accumulate(float[] gates, float[][] weights, float[] x, int xFrom) {
        int k = 0;
        for (; k + 4 <= weights.length; k += 4) {
            float x0 = x[xFrom + k];
            float x1 = x[xFrom + k + 1];
            float x2 = x[xFrom + k + 2];
            float x3 = x[xFrom + k + 3];
            float[] w0 = weights[k];
            float[] w1 = weights[k + 1];
            float[] w2 = weights[k + 2];
            float[] w3 = weights[k + 3];
            for (int j = 0; j < gates.length; j++) {
                gates[j] += w0[j] * x0 + w1[j] * x1 + w2[j] * x2 + w3[j] * x3;
            }
        }
        for (; k < weights.length; k++) {
            float xk = x[xFrom + k];
            float[] w = weights[k];
            for (int j = 0; j < gates.length; j++) {
                gates[j] += w[j] * xk;
            }
        }
    }

    /** A (rows × columns) matrix as its columns, each contiguous. */
    private static float[][] columns(Parameter parameter) {
        NDArray matrix = parameter.getArray();
        int rows = Math.toIntExact(matrix.getShape().get(0));
        int columns = Math.toIntExact(matrix.getShape().get(1));
        float[] values = matrix.toFloatArray();
        float[][] out = new float[columns][rows];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < columns; k++) {
                out[k][r] = values[r * columns + k];
            }
        }
        return out;
    }

    private static float[] values(Parameter parameter) {
        return parameter.getArray().toFloatArray();
    }
}
