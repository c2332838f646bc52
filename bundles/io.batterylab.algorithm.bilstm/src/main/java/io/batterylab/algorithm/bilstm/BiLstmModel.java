package io.batterylab.algorithm.bilstm;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.ml.ModelFiles;
import io.batterylab.ml.Networks;
import io.batterylab.ml.TrainingResources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/** A trained BiLSTM with its scalers; owns the native memory of its weights until closed. */
final class BiLstmModel implements TrainedModel {
    private final BiLstmModelFile description;
    private final Block network;
    private final NDManager manager;

    BiLstmModel(BiLstmModelFile description, Block network, NDManager manager) {
        this.description = description;
        this.network = network;
        this.manager = manager;
    }

    /** NaN for the first L-1 cycles and wherever a window would span a row with a missing feature. */
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

    @Override
    public synchronized void save(Path directory) throws IOException {
        ModelFiles.saveParameters(network, directory.resolve(ModelFiles.CHECKPOINT));
        ModelFiles.writeJson(directory.resolve(BiLstmModelFile.NAME), description);
    }

    @Override
    public synchronized void close() {
        manager.close();
    }
}
