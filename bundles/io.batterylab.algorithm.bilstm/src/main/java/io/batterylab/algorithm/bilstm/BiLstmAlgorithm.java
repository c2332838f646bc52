package io.batterylab.algorithm.bilstm;

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
import io.batterylab.ml.SupervisedTask;
import io.batterylab.ml.TrainingLoop;
import io.batterylab.ml.TrainingOptions;
import java.io.IOException;
import java.nio.file.Path;
import org.osgi.service.component.annotations.Component;

/**
 * BiLSTM: a stacked bidirectional LSTM reads the last L cycles of a cell (selected features and cycle number,
 * standardised) and predicts the target of the last one.
 */
@Component(service = Algorithm.class)
public final class BiLstmAlgorithm extends NetworkAlgorithm<BiLstmSettings> {
    public static final String ID = "bilstm";

    public BiLstmAlgorithm() {
        super(ID, "BiLSTM (bidirectional LSTM over a window of cycles)", "1.0.0", BiLstmSettings.class,
                BiLstmSettings.defaults());
    }

    @Override
    protected TrainedModel train(TrainingData data, ScaledRows rows, ModelFile<BiLstmSettings> description,
            TrainingMonitor monitor) {
        BiLstmSettings s = description.settings();
        int length = s.windowLength();
        CycleWindows train = CycleWindows.labelled(data.train(), data.features(), data.target(), length, rows.inputScaler());
        CycleWindows validation = CycleWindows.labelled(data.validation(), data.features(), data.target(), length,
                rows.inputScaler());
        if (train.size() == 0) {
            throw new IllegalArgumentException("no training cell has " + length + " consecutive complete cycles");
        }
        return NetworkModel.owning(manager -> {
            BiLstmNetwork network = new BiLstmNetwork(s.layers(), s.hidden());
            SeededInitializer init = SeededInitializer.uniform(s.seed(), 1 / Math.sqrt(s.hidden()));
            network.setInitializer(init, Parameter.Type.WEIGHT);
            network.setInitializer(init, Parameter.Type.BIAS);
            Shape window = new Shape(length, rows.inputScaler().columns());
            network.initialize(manager, DataType.FLOAT32, new Shape(1).addAll(window));
            SupervisedTask task = new SupervisedTask(network, manager, window, train.inputs(),
                    SupervisedTask.scaledTargets(train.targets(), rows.targetScaler()), validation.inputs(),
                    validation.targets(), rows.targetScaler());
            monitor.log(train.size() + " training windows of " + length + " cycles");
            TrainingLoop.run(task, TrainingOptions.of(s.epochs(), s.learningRate(), s.seed()), manager, monitor);
            return new BiLstmModel(description, network, manager);
        });
    }

    @Override
    protected TrainedModel load(ModelFile<BiLstmSettings> description, Path directory) throws IOException {
        BiLstmNetwork network = new BiLstmNetwork(description.settings().layers(), description.settings().hidden());
        return NetworkModel.load(description, network, directory, BiLstmModel::new);
    }
}
