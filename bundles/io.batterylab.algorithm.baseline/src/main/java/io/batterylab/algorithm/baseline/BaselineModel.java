package io.batterylab.algorithm.baseline;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.ml.CycleRows;
import io.batterylab.ml.ModelFiles;
import io.batterylab.ml.Networks;
import io.batterylab.ml.TrainingResources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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
        List<CycleRecord> cycles = series.cycles();
        double[] predictions = new double[cycles.size()];
        Arrays.fill(predictions, Double.NaN);
        int columns = description.inputScaler().columns();
        int[] usable = new int[cycles.size()];
        double[][] rows = new double[cycles.size()][];
        int n = 0;
        for (int i = 0; i < cycles.size(); i++) {
            double[] x = CycleRows.inputs(cycles.get(i), description.features());
            if (CycleRows.complete(x)) {
                usable[n] = i;
                rows[n++] = x;
            }
        }
        if (n == 0) {
            return predictions;
        }
        float[] z = Networks.predictRows(network, manager, description.inputScaler().transformFlat(Arrays.copyOf(rows, n)),
                new Shape(columns), TrainingResources.BATCH_SIZE * 4);
        for (int k = 0; k < n; k++) {
            predictions[usable[k]] = description.targetScaler().inverse(0, z[k]);
        }
        return predictions;
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
