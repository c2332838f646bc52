package io.batterylab.ml.portability;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import io.batterylab.algorithm.bilstm.LibtorchOrderLstm;
import io.batterylab.ml.DjlRuntime;
import io.batterylab.ml.ModelFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The BiLSTM block against {@code torch.nn.LSTM} (2 layers, bidirectional, batch first) with the weights, input and
 * output that {@code generate_lstm_reference.py} in the BiLSTM bundle's fixtures wrote from PyTorch.
 */
final class TorchLstmReference {
    /** The fixture, from the test's working directory (this bundle's folder). */
    static final Path FIXTURE = Path.of("../../bundles/io.batterylab.algorithm.bilstm/src/test/fixtures/lstm-reference.json");

    record Tensor(long[] shape, float[] values) {
    }

    record Reference(String generator, int inputSize, int hiddenSize, int layers, Map<String, Tensor> parameters,
            Tensor input, Tensor output) {
    }

    private TorchLstmReference() {
    }

    /** The largest absolute difference between the block's output and torch's. */
    static double largestDifference(Path fixture) throws IOException {
        Reference ref = ModelFiles.readJson(fixture, Reference.class);
        try (NDManager manager = DjlRuntime.newManager()) {
            LibtorchOrderLstm lstm = LibtorchOrderLstm.builder().setStateSize(ref.hiddenSize())
                    .setNumLayers(ref.layers()).optBidirectional(true).optBatchFirst(true).build();
            Shape inputShape = new Shape(ref.input().shape());
            lstm.initialize(manager, DataType.FLOAT32, inputShape);
            for (var pair : lstm.getParameters()) {
                Parameter parameter = pair.getValue();
                parameter.getArray().set(ref.parameters().get(torchName(parameter.getName())).values());
            }
            float[] out = lstm.forward(new ParameterStore(manager, false),
                    new NDList(manager.create(ref.input().values(), inputShape)), false).head().toFloatArray();
            double largest = out.length == ref.output().values().length ? 0 : Double.POSITIVE_INFINITY;
            for (int i = 0; i < Math.min(out.length, ref.output().values().length); i++) {
                largest = Math.max(largest, Math.abs(out[i] - ref.output().values()[i]));
            }
            return largest;
        }
    }

    /** torch's name (weight_ih_l1_reverse) for DJL's (r_1_i2h_WEIGHT). */
    static String torchName(String djlName) {
        String[] p = djlName.split("_");
        String kind = p[3].equals("WEIGHT") ? "weight" : "bias";
        String gate = p[2].equals("i2h") ? "ih" : "hh";
        return kind + "_" + gate + "_l" + p[1] + (p[0].equals("r") ? "_reverse" : "");
    }
}
