package io.batterylab.ml;

import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fully connected tanh network as {@link DenseTanhStep} computes it: linear layers with bias, tanh between them and
 * nothing after the last — what {@link Networks#tanhMlp(int, int, int)} builds without dropout. A network with
 * dropout (or any other block) is not one.
 *
 * @param weights each layer's weight, shaped (units, inputs) as DJL's {@code Linear} keeps it
 * @param biases each layer's bias, shaped (units)
 */
record TanhMlp(List<Parameter> weights, List<Parameter> biases) {
    /** The name of DJL's {@code Activation.tanhBlock()}. */
    private static final String TANH = "Tanh";

    TanhMlp {
        weights = List.copyOf(weights);
        biases = List.copyOf(biases);
    }

    /** The initialised block as a tanh MLP, or empty when it is something else (or not initialised yet). */
    static Optional<TanhMlp> of(Block block) {
        if (!(block instanceof SequentialBlock sequence) || !block.isInitialized()) {
            return Optional.empty();
        }
        List<Block> children = new ArrayList<>();
        for (Pair<String, Block> child : sequence.getChildren()) {
            children.add(child.getValue());
        }
        List<Parameter> weights = new ArrayList<>();
        List<Parameter> biases = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Block child = children.get(i);
            boolean linearHere = i % 2 == 0;
            if (linearHere && !addLinear(child, weights, biases)
                    || !linearHere && !(child instanceof LambdaBlock tanh && TANH.equals(tanh.getName()))) {
                return Optional.empty();
            }
        }
        return children.size() % 2 == 1 ? Optional.of(new TanhMlp(weights, biases)) : Optional.empty();
    }

    private static boolean addLinear(Block block, List<Parameter> weights, List<Parameter> biases) {
        if (!(block instanceof Linear linear) || linear.getParameters().size() != 2) {
            return false;
        }
        Parameter weight = linear.getParameters().get("weight");
        Parameter bias = linear.getParameters().get("bias");
        if (weight == null || bias == null) {
            return false;
        }
        weights.add(weight);
        biases.add(bias);
        return true;
    }

    /** Linear layers (hidden layers + 1). */
    int layers() {
        return weights.size();
    }

    /** Inputs of layer {@code layer} (columns of its weight). */
    int inputsOf(int layer) {
        return Math.toIntExact(weights.get(layer).getArray().getShape().get(1));
    }

    /** Units of layer {@code layer} (rows of its weight). */
    int unitsOf(int layer) {
        return Math.toIntExact(weights.get(layer).getArray().getShape().get(0));
    }

    /** Every parameter, layer by layer: weight, bias. */
    List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (int i = 0; i < layers(); i++) {
            all.add(weights.get(i));
            all.add(biases.get(i));
        }
        return all;
    }
}
