package io.batterylab.algorithm.bilstm;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.ml.ModelFile;
import io.batterylab.ml.NetworkModel;
import io.batterylab.ml.Networks;
import io.batterylab.ml.TrainingResources;
import java.util.Arrays;

/** A trained BiLSTM: one prediction per window of L cycles, at the window's last cycle. */
final class BiLstmModel extends NetworkModel<BiLstmSettings> {

    BiLstmModel(ModelFile<BiLstmSettings> description, Block network, NDManager manager) {
        super(description, network, manager);
    }

    /** NaN for the first L-1 cycles and wherever a window would span a row with a missing feature. */
    /** A window of cycles has no single cycle input to advance: BiLSTM does not predict ahead. */
    @Override
    public double[] predict(BatterySeries series, int horizon) {
        if (horizon != 0) {
            throw new UnsupportedOperationException("BiLSTM cannot predict ahead (horizon " + horizon + ")");
        }
        return predict(series);
    }

    @Override
    public synchronized double[] predict(BatterySeries series) {
        double[] predictions = new double[series.cycles().size()];
        Arrays.fill(predictions, Double.NaN);
        int length = description.settings().windowLength();
        CycleWindows windows = CycleWindows.all(series.cycles(), description.features(), length, description.inputScaler());
        if (windows.size() == 0) {
            return predictions;
        }
        float[] z = Networks.predictRows(network, manager, windows.inputs(),
                new Shape(length, description.inputScaler().columns()), TrainingResources.BATCH_SIZE);
        for (int w = 0; w < windows.size(); w++) {
            predictions[windows.ends()[w]] = description.targetScaler().inverse(0, z[w]);
        }
        return predictions;
    }
}
