package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A tanh MLP's training step (mean squared error) as a fixed sequence of libtorch kernels ({@link AtenCpu}) into
 * arrays allocated once per batch size: forward, loss and backward by hand, the gradients written straight into the
 * optimiser's flat gradient array. For the Baseline's 2 × 64 network that is 18 native calls and no native allocation per
 * batch, where the recorded path makes about 60 operations through the dispatcher, each with its autograd node and
 * result array. The kernels and operand layouts are those autograd's formulas use for {@code linear},
 * {@code tanh} and {@code (t - y)².mean()} (addmm forward; mm(gᵀ, h) for a weight, a sum over rows for a bias,
 * mm(g, W) for a layer's input), so losses and weights agree with the recorded path bit for bit
 * ({@code DenseTanhStepTest}).
 */
final class DenseTanhStep implements GradientStep {
    private final TanhMlp mlp;
    private final float[] inputs;
    private final float[] targets;
    private final int rowSize;
    private final Map<Integer, Batch> batches = new HashMap<>();
    private AtenCpu aten;
    private NDManager arrays;
    private Pointer[] weights;
    private Pointer[] biases;
    private Pointer[] transposedWeights;
    private Pointer[] weightGradients;
    private Pointer[] biasGradients;
    private Pointer one;

    /**
     * @param inputs scaled training rows one after another, each of the network's input width
     * @param targets scaled targets, one per row (the network has one output)
     */
    DenseTanhStep(TanhMlp mlp, float[] inputs, float[] targets) {
        this.mlp = mlp;
        this.inputs = inputs;
        this.targets = targets;
        this.rowSize = mlp.inputsOf(0);
        if (mlp.unitsOf(mlp.layers() - 1) != 1 || inputs.length != targets.length * rowSize) {
            throw new IllegalArgumentException("a dense step needs one output and rows of " + rowSize + " inputs");
        }
    }

    @Override
    public void start(Function<Parameter, NDArray> gradientOf, NDManager manager) {
        aten = AtenCpu.kernels();
        arrays = manager.newSubManager();
        int layers = mlp.layers();
        weights = new Pointer[layers];
        biases = new Pointer[layers];
        transposedWeights = new Pointer[layers];
        weightGradients = new Pointer[layers];
        biasGradients = new Pointer[layers];
        try (Autograd noGraph = Autograd.inference()) {
            for (int k = 0; k < layers; k++) {
                NDArray weight = mlp.weights().get(k).getArray();
                weights[k] = AtenCpu.tensor(weight);
                biases[k] = AtenCpu.tensor(mlp.biases().get(k).getArray());
                // a view: it follows the optimiser's in-place updates of the weight
                transposedWeights[k] = keep(weight.transpose());
                weightGradients[k] = AtenCpu.tensor(gradient(gradientOf, mlp.weights().get(k)));
                biasGradients[k] = AtenCpu.tensor(gradient(gradientOf, mlp.biases().get(k)));
            }
            one = keep(arrays.create(1f));
        }
    }

    /** Where the optimiser wants the gradient, or a scratch array for a parameter it leaves alone. */
    private NDArray gradient(Function<Parameter, NDArray> gradientOf, Parameter parameter) {
        NDArray into = gradientOf.apply(parameter);
        return into != null ? into : arrays.zeros(parameter.getArray().getShape(), DataType.FLOAT32);
    }

    private Pointer keep(NDArray array) {
        array.attach(arrays);
        return AtenCpu.tensor(array);
    }

    @Override
    public float step(int[] rows) {
        Batch b = batches.computeIfAbsent(rows.length, this::batch);
        b.fill(rows);
        int last = mlp.layers() - 1;
        for (int k = 0; k <= last; k++) {
            aten.addmm(b.outputs[k], biases[k], k == 0 ? b.x : b.outputs[k - 1], transposedWeights[k]);
            if (k < last) {
                aten.tanh(b.outputs[k], b.outputs[k]);
            }
        }
        aten.squaredErrors(b.squaredErrors, b.outputs[last], b.target);
        aten.mean(b.loss, b.squaredErrors);
        aten.mseLossBackward(b.gradients[last], one, b.outputs[last], b.target);
        for (int k = last; k >= 0; k--) {
            // autograd's mm_mat2_backward for a weight used transposed: (gᵀ · h), already in the weight's layout
            aten.mm(weightGradients[k], b.transposedGradients[k], k == 0 ? b.x : b.outputs[k - 1]);
            aten.sumRows(biasGradients[k], b.gradients[k]);
            if (k > 0) {
                aten.mm(b.gradients[k - 1], b.gradients[k], weights[k]);
                aten.tanhBackward(b.gradients[k - 1], b.gradients[k - 1], b.outputs[k - 1]);
            }
        }
        return b.lossValue.getFloat(0);
    }

    @Override
    public int callsPerStep() {
        int layers = mlp.layers();
        return layers + (layers - 1) + 3 + 2 * layers + 2 * (layers - 1);
    }

    /** The arrays of one batch size: rows and targets (filled from Java), each layer's outputs and gradients. */
    private Batch batch(int size) {
        return new Batch(size);
    }

    private final class Batch {
        final ByteBuffer inputValues;
        final ByteBuffer targetValues;
        final ByteBuffer lossValue;
        final Pointer x;
        final Pointer target;
        final Pointer squaredErrors;
        final Pointer loss;
        /** Layer k's outputs, after tanh for hidden layers; the last is the prediction. */
        final Pointer[] outputs;
        /** d loss / d (layer k's output before tanh), then its transposed view. */
        final Pointer[] gradients;
        final Pointer[] transposedGradients;

        Batch(int size) {
            int layers = mlp.layers();
            inputValues = direct(size * rowSize);
            targetValues = direct(size);
            lossValue = direct(1);
            // libtorch wraps a direct buffer without copying: what Java writes there is what the kernels read
            x = keep(arrays.create(inputValues, new Shape(size, rowSize), DataType.FLOAT32));
            target = keep(arrays.create(targetValues, new Shape(size, 1), DataType.FLOAT32));
            squaredErrors = keep(arrays.zeros(new Shape(size, 1), DataType.FLOAT32));
            loss = keep(arrays.create(lossValue, new Shape(), DataType.FLOAT32));
            outputs = new Pointer[layers];
            gradients = new Pointer[layers];
            transposedGradients = new Pointer[layers];
            try (Autograd noGraph = Autograd.inference()) {
                for (int k = 0; k < layers; k++) {
                    Shape shape = new Shape(size, mlp.unitsOf(k));
                    outputs[k] = keep(arrays.zeros(shape, DataType.FLOAT32));
                    NDArray gradient = arrays.zeros(shape, DataType.FLOAT32);
                    gradients[k] = keep(gradient);
                    transposedGradients[k] = keep(gradient.transpose());
                }
            }
        }

        void fill(int[] rows) {
            var into = inputValues.clear().asFloatBuffer();
            var targetInto = targetValues.clear().asFloatBuffer();
            for (int row : rows) {
                into.put(inputs, row * rowSize, rowSize);
                targetInto.put(targets[row]);
            }
        }

        private static ByteBuffer direct(int floats) {
            return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder());
        }
    }

    @Override
    public void close() {
        batches.clear();
        if (arrays != null) {
            arrays.close();
        }
    }
}
