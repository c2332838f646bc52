package io.batterylab.algorithm.deephpm;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.ml.ModelFile;
import io.batterylab.ml.NetworkAlgorithm;
import io.batterylab.ml.NetworkModel;
import io.batterylab.ml.ScaledRows;
import io.batterylab.ml.SeededInitializer;
import io.batterylab.ml.TrainingLoop;
import io.batterylab.ml.TrainingOptions;
import java.io.IOException;
import java.nio.file.Path;
import org.osgi.service.component.annotations.Component;

/**
 * DeepHPM after Wen et al.: a surrogate u = f(s, t) learns the target from the features s and the cycle t while a
 * hidden-physics network G learns the dynamics du/dt = G(...); the residuals du/dt - G and its time derivative are
 * part of the loss. Everything is in standardised units (inputs and target scaled on the training rows), which
 * keeps the three loss terms comparable for the plain sum.
 */
@Component(service = Algorithm.class)
public final class DeepHpmAlgorithm extends NetworkAlgorithm<DeepHpmSettings> {
    public static final String ID = "deephpm";

    public DeepHpmAlgorithm() {
        super(ID, "DeepHPM (physics-informed, hidden dynamics)", "1.1.0", DeepHpmSettings.class,
                DeepHpmSettings.defaults());
    }

    @Override
    protected TrainedModel train(TrainingData data, ScaledRows rows, ModelFile<DeepHpmSettings> description,
            TrainingMonitor monitor) {
        DeepHpmSettings s = description.settings();
        return NetworkModel.owning(manager -> {
            int columns = rows.inputScaler().columns();
            DeepHpmNetwork network = network(columns - 1, s);
            network.setInitializer(SeededInitializer.xavier(s.seed()), Parameter.Type.WEIGHT);
            network.initialize(manager, DataType.FLOAT32, new Shape(1, columns));
            float[] x = rows.trainInputs();
            float[] y = rows.trainTargets();
            DeepHpmTask task = new DeepHpmTask(network, s.lossMode(), columns, x, y, rows.supervisedTask(network, manager, x, y));
            monitor.log("DeepHPM: G(" + s.dynamicalInputs() + "), loss " + s.lossMode());
            TrainingLoop.run(task, TrainingOptions.of(s.epochs(), s.learningRate(), s.seed()), manager, monitor);
            return new NetworkModel<>(description, network, manager);
        });
    }

    @Override
    protected TrainedModel load(ModelFile<DeepHpmSettings> description, Path directory) throws IOException {
        return NetworkModel.load(description, network(description.features().size(), description.settings()), directory,
                NetworkModel::new);
    }

    private static DeepHpmNetwork network(int features, DeepHpmSettings s) {
        return new DeepHpmNetwork(features, s.hiddenLayers(), s.neurons(), s.dynamicalInputs(), s.dropout(), s.seed());
    }

    /** The cycle number is an input: advanced by the horizon with the features held (TrainedModel#predict(series, h)). */
    @Override
    public boolean predictsAhead() {
        return true;
    }
}
