package io.batterylab.algorithm.bilstm;

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
 * BiLSTM: a stacked bidirectional LSTM reads the last L cycles of a cell (selected features and cycle number,
 * standardised) and predicts the target of the last one.
 */
@Component(service = Algorithm.class)
public final class BiLstmAlgorithm implements Algorithm {
    public static final String ID = "bilstm";
    static final String VERSION = "1.0.0";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "BiLSTM (bidirectional LSTM over a window of cycles)";
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
        return BiLstmSettings.class;
    }

    @Override
    public Record defaultSettings() {
        return BiLstmSettings.defaults();
    }

    @Override
    public TrainedModel train(TrainingData data, Record settings, TrainingMonitor monitor) {
        BiLstmSettings s = Settings.check(settings, BiLstmSettings.class);
        CycleRows rows = CycleRows.of(data.train(), data.features(), data.target());
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no training row has all selected features and the target");
        }
        StandardScaler inputs = StandardScaler.fit(rows.inputs());
        StandardScaler target = StandardScaler.fit(rows.targets());
        int length = s.windowLength();
        CycleWindows train = CycleWindows.labelled(data.train(), data.features(), data.target(), length, inputs);
        CycleWindows validation = CycleWindows.labelled(data.validation(), data.features(), data.target(), length, inputs);
        if (train.size() == 0) {
            throw new IllegalArgumentException("no training cell has " + length + " consecutive complete cycles");
        }
        BiLstmModelFile description = new BiLstmModelFile(ID, VERSION, data.target(), data.features(), s, inputs, target);
        NDManager manager = DjlRuntime.newManager();
        try {
            BiLstmNetwork network = new BiLstmNetwork(s.layers(), s.hidden());
            SeededInitializer init = SeededInitializer.uniform(s.seed(), 1 / Math.sqrt(s.hidden()));
            network.setInitializer(init, Parameter.Type.WEIGHT);
            network.setInitializer(init, Parameter.Type.BIAS);
            Shape window = new Shape(length, inputs.columns());
            network.initialize(manager, DataType.FLOAT32, new Shape(1).addAll(window));
            SupervisedTask task = new SupervisedTask(network, manager, window, train.inputs(),
                    SupervisedTask.scaledTargets(train.targets(), target), validation.inputs(), validation.targets(), target);
            monitor.log(train.size() + " training windows of " + length + " cycles");
            TrainingLoop.run(task, TrainingOptions.of(s.epochs(), s.learningRate(), s.seed()), manager, monitor);
            return new BiLstmModel(description, network, manager);
        } catch (RuntimeException | Error e) {
            manager.close();
            throw e;
        }
    }

    @Override
    public TrainedModel load(Path directory) throws IOException {
        BiLstmModelFile description = ModelFiles.readJson(directory.resolve(BiLstmModelFile.NAME), BiLstmModelFile.class);
        if (!ID.equals(description.algorithm())) {
            throw new IOException(directory + " holds a " + description.algorithm() + " model, not a BiLSTM model");
        }
        NDManager manager = DjlRuntime.newManager();
        try {
            BiLstmNetwork network = new BiLstmNetwork(description.settings().layers(), description.settings().hidden());
            ModelFiles.loadParameters(network, manager, directory.resolve(ModelFiles.CHECKPOINT));
            return new BiLstmModel(description, network, manager);
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }
}
