package io.batterylab.algorithm.bilstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.ParameterStore;
import io.batterylab.ml.DjlRuntime;
import io.batterylab.ml.ModelFiles;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The LSTM block against torch.nn.LSTM: same weights, same input, same output. The reference numbers come from
 * src/test/fixtures/generate_lstm_reference.py (PyTorch 1.13, Debian python3-torch), committed as JSON.
 */
class LibtorchOrderLstmTest {
    record Tensor(long[] shape, float[] values) {
    }

    record Reference(String generator, int inputSize, int hiddenSize, int layers, Map<String, Tensor> parameters,
            Tensor input, Tensor output) {
    }

    static Reference reference() throws Exception {
        return ModelFiles.readJson(Path.of("src/test/fixtures/lstm-reference.json"), Reference.class);
    }

    /** torch's names (weight_ih_l1_reverse) for DJL's (r_1_i2h_WEIGHT). */
    static String torchName(String djlName) {
        String[] p = djlName.split("_");
        String kind = p[3].equals("WEIGHT") ? "weight" : "bias";
        String gate = p[2].equals("i2h") ? "ih" : "hh";
        return kind + "_" + gate + "_l" + p[1] + (p[0].equals("r") ? "_reverse" : "");
    }

    static float[] forward(Block lstm, Reference ref, NDManager manager) {
        lstm.initialize(manager, DataType.FLOAT32, new Shape(ref.input().shape()));
        for (var pair : lstm.getParameters()) {
            Parameter parameter = pair.getValue();
            Tensor t = ref.parameters().get(torchName(parameter.getName()));
            assertArrayEquals(t.shape(), parameter.getArray().getShape().getShape(), parameter.getName());
            parameter.getArray().set(t.values());
        }
        NDArray x = manager.create(ref.input().values(), new Shape(ref.input().shape()));
        return lstm.forward(new ParameterStore(manager, false), new NDList(x), false).head().toFloatArray();
    }

    @Test
    void givenTorchWeightsWhenRunningTheBidirectionalStackThenOutputMatchesTorch() throws Exception {
        Reference ref = reference();
        try (NDManager manager = DjlRuntime.newManager()) {
            LibtorchOrderLstm lstm = LibtorchOrderLstm.builder().setStateSize(ref.hiddenSize()).setNumLayers(ref.layers())
                    .optBidirectional(true).optBatchFirst(true).build();
            float[] out = forward(lstm, ref, manager);
            assertEquals(ref.output().values().length, out.length);
            float worst = 0;
            for (int i = 0; i < out.length; i++) {
                worst = Math.max(worst, Math.abs(out[i] - ref.output().values()[i]));
            }
            assertTrue(worst < 1e-6, "largest difference to torch.nn.LSTM: " + worst);
        }
    }

    /** Why the block exists: DJL 0.36's LSTM hands libtorch the parameters of a bidirectional stack in another order. */
    @Test
    void givenDjlsOwnLstmWhenBidirectionalWithBiasesThenItDoesNotReproduceTorch() throws Exception {
        Reference ref = reference();
        try (NDManager manager = DjlRuntime.newManager()) {
            LSTM djl = LSTM.builder().setStateSize(ref.hiddenSize()).setNumLayers(ref.layers()).optBidirectional(true)
                    .optBatchFirst(true).build();
            boolean reproduced;
            try {
                float[] out = forward(djl, ref, manager);
                reproduced = out.length == ref.output().values().length;
                for (int i = 0; reproduced && i < out.length; i++) {
                    reproduced = Math.abs(out[i] - ref.output().values()[i]) < 1e-5;
                }
            } catch (RuntimeException e) {
                reproduced = false;
            }
            assertTrue(!reproduced, "DJL's LSTM now matches torch: LibtorchOrderLstm may be dropped");
        }
    }
}
