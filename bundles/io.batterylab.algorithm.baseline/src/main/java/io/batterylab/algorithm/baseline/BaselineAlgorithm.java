package io.batterylab.algorithm.baseline;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.ml.ModelFile;
import io.batterylab.ml.NetworkAlgorithm;
import io.batterylab.ml.NetworkModel;
import io.batterylab.ml.Networks;
import io.batterylab.ml.ScaledRows;
import io.batterylab.ml.SeededInitializer;
import io.batterylab.ml.TrainingLoop;
import io.batterylab.ml.TrainingOptions;
import java.io.IOException;
import java.nio.file.Path;
import org.osgi.service.component.annotations.Component;

/**
 * Baseline of Wen et al.: a fully connected tanh network from the selected features and the cycle number of one
 * cycle to its RUL or PCL. Inputs and target are standardised on the training rows.
 */
@Component(service = Algorithm.class)
public final class BaselineAlgorithm extends NetworkAlgorithm<BaselineSettings> {
    public static final String ID = "baseline";

    public BaselineAlgorithm() {
        super(ID, "Baseline (fully connected network)", "1.1.0", BaselineSettings.class, BaselineSettings.defaults());
    }

    @Override
    protected TrainedModel train(TrainingData data, ScaledRows rows, ModelFile<BaselineSettings> description,
            TrainingMonitor monitor) {
        BaselineSettings s = description.settings();
        return NetworkModel.owning(manager -> {
            SequentialBlock network = network(s);
            network.setInitializer(SeededInitializer.xavier(s.seed()), Parameter.Type.WEIGHT);
            network.initialize(manager, DataType.FLOAT32, new Shape(1, rows.inputScaler().columns()));
            TrainingLoop.run(rows.supervisedTask(network, manager), TrainingOptions.of(s.epochs(), s.learningRate(), s.seed()),
                    manager, monitor);
            return new NetworkModel<>(description, network, manager);
        });
    }

    @Override
    protected TrainedModel load(ModelFile<BaselineSettings> description, Path directory) throws IOException {
        return NetworkModel.load(description, network(description.settings()), directory, NetworkModel::new);
    }

    private static SequentialBlock network(BaselineSettings s) {
        return Networks.tanhMlp(s.hiddenLayers(), s.neurons(), 1, s.dropout(), s.seed());
    }

    /** The cycle number is an input: advanced by the horizon with the features held (TrainedModel#predict(series, h)). */
    @Override
    public boolean predictsAhead() {
        return true;
    }
}
