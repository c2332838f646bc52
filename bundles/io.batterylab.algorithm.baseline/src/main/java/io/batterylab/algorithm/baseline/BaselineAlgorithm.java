package io.batterylab.algorithm.baseline;

import ai.djl.ndarray.NDManager;
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
import io.batterylab.ml.CycleRows;
import io.batterylab.ml.DjlRuntime;
import io.batterylab.ml.ModelFiles;
import io.batterylab.ml.Networks;
import io.batterylab.ml.SeededInitializer;
import io.batterylab.ml.StandardScaler;
import io.batterylab.ml.SupervisedTask;
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
        CycleRows train = CycleRows.of(data.train(), data.features(), data.target());
        CycleRows validation = CycleRows.of(data.validation(), data.features(), data.target());
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training row has all selected features and the target");
        }
        StandardScaler inputs = StandardScaler.fit(train.inputs());
        StandardScaler target = StandardScaler.fit(train.targets());
        BaselineModelFile description = new BaselineModelFile(ID, VERSION, data.target(), data.features(), s, inputs, target);
        NDManager manager = DjlRuntime.newManager();
        try {
            SequentialBlock network = network(description);
            network.setInitializer(SeededInitializer.xavier(s.seed()), Parameter.Type.WEIGHT);
            network.initialize(manager, DataType.FLOAT32, new Shape(1, inputs.columns()));
            SupervisedTask task = new SupervisedTask(network, manager, new Shape(inputs.columns()),
                    inputs.transformFlat(train.inputs()), SupervisedTask.scaledTargets(train.targets(), target),
                    inputs.transformFlat(validation.inputs()), validation.targets(), target);
            TrainingLoop.run(task, TrainingOptions.of(s.epochs(), s.learningRate(), s.seed()), manager, monitor);
            return new BaselineModel(description, network, manager);
        } catch (RuntimeException | Error e) {
            manager.close();
            throw e;
        }
    }

    @Override
    public TrainedModel load(Path directory) throws IOException {
        BaselineModelFile description = ModelFiles.readJson(directory.resolve(BaselineModelFile.NAME), BaselineModelFile.class);
        if (!ID.equals(description.algorithm())) {
            throw new IOException(directory + " holds a " + description.algorithm() + " model, not a Baseline model");
        }
        NDManager manager = DjlRuntime.newManager();
        try {
            SequentialBlock network = network(description);
            ModelFiles.loadParameters(network, manager, directory.resolve(ModelFiles.CHECKPOINT));
            return new BaselineModel(description, network, manager);
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    private static SequentialBlock network(BaselineModelFile description) {
        BaselineSettings s = description.settings();
        return Networks.tanhMlp(s.hiddenLayers(), s.neurons(), 1);
    }
}
