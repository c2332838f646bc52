package io.batterylab.algorithm.deephpm;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import io.batterylab.core.model.Target;
import io.batterylab.core.settings.Settings;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.ml.CycleRows;
import io.batterylab.ml.DjlRuntime;
import io.batterylab.ml.ModelFiles;
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
 * DeepHPM after Wen et al.: a surrogate u = f(s, t) learns the target from the features s and the cycle t while a
 * hidden-physics network G learns the dynamics du/dt = G(...); the residuals du/dt - G and its time derivative are
 * part of the loss. Everything is in standardised units (inputs and target scaled on the training rows), which
 * keeps the three loss terms comparable for the plain sum.
 */
@Component(service = Algorithm.class)
public final class DeepHpmAlgorithm implements Algorithm {
    public static final String ID = "deephpm";
    static final String VERSION = "1.0.0";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "DeepHPM (physics-informed, hidden dynamics)";
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
        return DeepHpmSettings.class;
    }

    @Override
    public Record defaultSettings() {
        return DeepHpmSettings.defaults();
    }

    @Override
    public TrainedModel train(TrainingData data, Record settings, TrainingMonitor monitor) {
        DeepHpmSettings s = Settings.check(settings, DeepHpmSettings.class);
        CycleRows train = CycleRows.of(data.train(), data.features(), data.target());
        CycleRows validation = CycleRows.of(data.validation(), data.features(), data.target());
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training row has all selected features and the target");
        }
        StandardScaler inputs = StandardScaler.fit(train.inputs());
        StandardScaler target = StandardScaler.fit(train.targets());
        DeepHpmModelFile description = new DeepHpmModelFile(ID, VERSION, data.target(), data.features(), s, inputs, target);
        NDManager manager = DjlRuntime.newManager();
        try {
            DeepHpmNetwork network = description.network();
            network.setInitializer(SeededInitializer.xavier(s.seed()), Parameter.Type.WEIGHT);
            network.initialize(manager, DataType.FLOAT32, new Shape(1, inputs.columns()));
            float[] x = inputs.transformFlat(train.inputs());
            float[] y = SupervisedTask.scaledTargets(train.targets(), target);
            SupervisedTask dataOnly = new SupervisedTask(network, manager, new Shape(inputs.columns()), x, y,
                    inputs.transformFlat(validation.inputs()), validation.targets(), target);
            DeepHpmTask task = new DeepHpmTask(network, s.lossMode(), inputs.columns(), x, y, dataOnly);
            monitor.log("DeepHPM: G(" + s.dynamicalInputs() + "), loss " + s.lossMode());
            TrainingLoop.run(task, TrainingOptions.of(s.epochs(), s.learningRate(), s.seed()), manager, monitor);
            return new DeepHpmModel(description, network, manager);
        } catch (RuntimeException | Error e) {
            manager.close();
            throw e;
        }
    }

    @Override
    public TrainedModel load(Path directory) throws IOException {
        DeepHpmModelFile description = ModelFiles.readJson(directory.resolve(DeepHpmModelFile.NAME), DeepHpmModelFile.class);
        if (!ID.equals(description.algorithm())) {
            throw new IOException(directory + " holds a " + description.algorithm() + " model, not a DeepHPM model");
        }
        NDManager manager = DjlRuntime.newManager();
        try {
            DeepHpmNetwork network = description.network();
            ModelFiles.loadParameters(network, manager, directory.resolve(ModelFiles.CHECKPOINT));
            return new DeepHpmModel(description, network, manager);
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }
}
