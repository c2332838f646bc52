package io.batterylab.ml.detection;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorModelFile;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.WindowSpec;
import io.batterylab.core.settings.Settings;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.ml.ModelFiles;
import io.batterylab.ml.NetworkModel;
import io.batterylab.ml.SeededInitializer;
import io.batterylab.ml.TrainingLoop;
import io.batterylab.ml.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A detector whose network reads the window as a sequence ({@link WindowSequence}) and gives the runaway logit: trained
 * with the shared loop on the binary cross-entropy, saved as the manifest plus DJL's parameter file. Subclasses name
 * the network; everything else (checks, seeded weights, files) is here.
 *
 * @param <S> the settings record
 */
public abstract class SequenceDetector<S extends Record & SequenceSettings> implements Detector {
    private final String id;
    private final String displayName;
    private final String version;
    private final Class<S> settingsType;
    private final S defaults;

    protected SequenceDetector(String id, String displayName, String version, Class<S> settingsType, S defaults) {
        this.id = id;
        this.displayName = displayName;
        this.version = version;
        this.settingsType = settingsType;
        this.defaults = defaults;
    }

    /** A new, uninitialised network of the settings' shape: (batch, samples, FEATURES) → (batch, 1) logits. */
    protected abstract Block network(S settings);

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<String> channels() {
        return List.of(Channels.TEMP_INTERNAL);
    }

    @Override
    public WindowSpec window() {
        return WindowSpec.DEVICE_DEFAULT;
    }

    @Override
    public boolean needsTrainedModel() {
        return true;
    }

    @Override
    public Class<? extends Record> settingsType() {
        return settingsType;
    }

    @Override
    public Record defaultSettings() {
        return defaults;
    }

    @Override
    public DetectorModel train(LabelledWindows data, Record settings) {
        S checked = Settings.check(settings, settingsType);
        long positives = data.positives();
        if (positives == 0 || positives == data.size()) {
            throw new IllegalArgumentException("detector " + id + " needs runaway and normal windows; got "
                    + positives + " runaway of " + data.size());
        }
        int samples = window().samples();
        float[] inputs = WindowSequence.of(data.windows(), samples);
        float[] labels = new float[data.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = data.runaway().get(i) ? 1 : 0;
        }
        Shape rowShape = new Shape(samples, WindowSequence.FEATURES);
        return NetworkModel.owning(manager -> {
            Block network = network(checked);
            network.setInitializer(SeededInitializer.xavier(checked.seed()), Parameter.Type.WEIGHT);
            network.setInitializer(Initializer.ZEROS, Parameter.Type.BIAS);
            network.initialize(manager, DataType.FLOAT32, new Shape(1).addAll(rowShape));
            TrainingLoop.run(new WindowClassificationTask(network, rowShape, inputs, labels),
                    TrainingOptions.of(checked.epochs(), checked.learningRate(), checked.seed()), manager,
                    TrainingMonitor.silent());
            return new SequenceModel<>(this, checked, network, manager);
        });
    }

    @Override
    public DetectorModel load(Path directory) throws IOException {
        S settings = DetectorModelFile.read(directory, this, settingsType);
        Path file = directory.resolve(ModelFiles.CHECKPOINT);
        if (!Files.isRegularFile(file)) {
            throw new IOException(id + " model " + directory + " has no " + ModelFiles.CHECKPOINT);
        }
        try {
            return NetworkModel.owning(manager -> {
                Block network = network(settings);
                ModelFiles.loadParameters(network, manager, file);
                return new SequenceModel<>(this, settings, network, manager);
            });
        } catch (IOException | RuntimeException e) {
            // a truncated file ends in an EOFException without a message: name the exception then
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IOException(id + " parameter file " + file + " is corrupt: " + reason, e);
        }
    }
}
