package io.batterylab.algorithm.deephpm;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import io.batterylab.core.model.Target;
import io.batterylab.core.settings.Settings;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.ml.ModelFile;
import io.batterylab.ml.NetworkModel;
import io.batterylab.ml.ScaledRows;
import io.batterylab.ml.SeededInitializer;
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
        ScaledRows rows = ScaledRows.of(data);
        ModelFile<DeepHpmSettings> description = ModelFile.of(ID, VERSION, rows, s);
        return NetworkModel.owning(manager -> {
            int columns = rows.inputScaler().columns();
            DeepHpmNetwork network = network(columns - 1, s);
            network.setInitializer(SeededInitializer.xavier(s.seed()), Parameter.Type.WEIGHT);
            network.initialize(manager, DataType.FLOAT32, new Shape(1, columns));
            DeepHpmTask task = new DeepHpmTask(network, s.lossMode(), columns, rows.trainInputs(), rows.trainTargets(),
                    rows.supervisedTask(network, manager));
            monitor.log("DeepHPM: G(" + s.dynamicalInputs() + "), loss " + s.lossMode());
            TrainingLoop.run(task, TrainingOptions.of(s.epochs(), s.learningRate(), s.seed()), manager, monitor);
            return new NetworkModel<>(description, network, manager);
        });
    }

    @Override
    public TrainedModel load(Path directory) throws IOException {
        ModelFile<DeepHpmSettings> description = ModelFile.read(directory, ID, "DeepHPM", DeepHpmSettings.class);
        return NetworkModel.load(description, network(description.features().size(), description.settings()), directory,
                NetworkModel::new);
    }

    private static DeepHpmNetwork network(int features, DeepHpmSettings s) {
        return new DeepHpmNetwork(features, s.hiddenLayers(), s.neurons(), s.dynamicalInputs(), s.dropout(), s.seed());
    }
}
