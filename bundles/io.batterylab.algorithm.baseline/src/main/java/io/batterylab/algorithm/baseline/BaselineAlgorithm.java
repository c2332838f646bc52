package io.batterylab.algorithm.baseline;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import io.batterylab.core.model.Target;
import io.batterylab.core.settings.Settings;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.ml.ModelFile;
import io.batterylab.ml.NetworkModel;
import io.batterylab.ml.Networks;
import io.batterylab.ml.ScaledRows;
import io.batterylab.ml.SeededInitializer;
import io.batterylab.ml.TrainingLoop;
import io.batterylab.ml.TrainingOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * Baseline of Wen et al.: a fully connected tanh network from the selected features and the cycle number of one
 * cycle to its RUL or PCL. Inputs and target are standardised on the training rows.
 */
@Component(service = Algorithm.class)
public final class BaselineAlgorithm implements Algorithm {
    public static final String ID = "baseline";
    static final String VERSION = "1.0.0";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Baseline (fully connected network)";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Set<Target> supportedTargets() {
        return Set.of(Target.RUL, Target.PCL);
    }

    @Override
    public Class<? extends Record> settingsType() {
        return BaselineSettings.class;
    }

    @Override
    public Record defaultSettings() {
        return BaselineSettings.defaults();
    }

    @Override
    public TrainedModel train(TrainingData data, Record settings, TrainingMonitor monitor) {
        BaselineSettings s = Settings.check(settings, BaselineSettings.class);
        ScaledRows rows = ScaledRows.of(data);
        ModelFile<BaselineSettings> description = ModelFile.of(ID, VERSION, rows, s);
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
    public TrainedModel load(Path directory) throws IOException {
        ModelFile<BaselineSettings> description = ModelFile.read(directory, ID, "Baseline", BaselineSettings.class);
        return NetworkModel.load(description, network(description.settings()), directory, NetworkModel::new);
    }

    private static SequentialBlock network(BaselineSettings s) {
        return Networks.tanhMlp(s.hiddenLayers(), s.neurons(), 1, s.dropout(), s.seed());
    }
}
