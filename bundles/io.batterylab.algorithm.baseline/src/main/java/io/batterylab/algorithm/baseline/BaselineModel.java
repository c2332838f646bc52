package io.batterylab.algorithm.baseline;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.ml.ModelFiles;
import io.batterylab.ml.Networks;
import java.io.IOException;
import java.nio.file.Path;

/** A trained Baseline network with its scalers; owns the native memory of its weights until closed. */
final class BaselineModel implements TrainedModel {
    private final BaselineModelFile description;
    private final Block network;
    private final NDManager manager;

    BaselineModel(BaselineModelFile description, Block network, NDManager manager) {
        this.description = description;
        this.network = network;
        this.manager = manager;
    }

    @Override
    public synchronized double[] predict(BatterySeries series) {
        return Networks.predictCycles(network, manager, series.cycles(), description.features(),
                description.inputScaler(), description.targetScaler());
    }

    @Override
    public synchronized void save(Path directory) throws IOException {
        ModelFiles.saveParameters(network, directory.resolve(ModelFiles.CHECKPOINT));
        ModelFiles.writeJson(directory.resolve(BaselineModelFile.NAME), description);
    }

    @Override
    public synchronized void close() {
        manager.close();
    }
}
