package io.batterylab.benchmarks.monitor;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.WindowSpec;
import io.batterylab.detection.evaluation.CrossValidation;
import io.batterylab.detection.evaluation.PreparedRecording;
import io.batterylab.detection.evaluation.SensorNoise;
import io.batterylab.detection.evaluation.TrainingSet;
import io.batterylab.detection.recording.RecordingSet;
import io.batterylab.detector.forest.ForestDetector;
import io.batterylab.detector.lstm.LstmDetector;
import io.batterylab.detector.lstm.LstmSettings;
import io.batterylab.detector.threshold.ThresholdDetector;
import io.batterylab.detector.transformer.TransformerDetector;
import io.batterylab.detector.transformer.TransformerSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The threshold rule and the forest and LSTM detectors trained once on the thermal recordings (as "Train detector
 * from recordings…" does), offered to the monitor as runnable detectors: each device runs the one trained model of
 * each. The LSTM trains for fewer epochs than its default: the benchmark measures assessing, not training.
 */
final class TrainedDetectors implements DetectorRegistry {
    private final List<Detector> detectors;

    private TrainedDetectors(List<Detector> detectors) {
        this.detectors = detectors;
    }

    static TrainedDetectors train(Path recordings, int lstmEpochs) throws IOException {
        RecordingSet set = RecordingSet.read(recordings);
        ForestDetector forest = new ForestDetector();
        LstmDetector lstm = new LstmDetector();
        LstmSettings d = LstmSettings.DEFAULTS;
        DetectorModel forestModel = forest.train(data(set, forest), forest.defaultSettings());
        DetectorModel lstmModel = lstm.train(data(set, lstm), new LstmSettings(d.hidden(), d.layers(), lstmEpochs,
                d.learningRate(), d.alarmAt(), d.seed()));
        return new TrainedDetectors(List.of(new ThresholdDetector(), new Trained(forest, forestModel),
                new Trained(lstm, lstmModel)));
    }

    /** The transformer trained as the LSTM is: defaults but {@code epochs}. */
    static DetectorModel transformer(Path recordings, int epochs) throws IOException {
        TransformerDetector transformer = new TransformerDetector();
        TransformerSettings d = TransformerSettings.DEFAULTS;
        return transformer.train(data(RecordingSet.read(recordings), transformer), new TransformerSettings(d.width(),
                d.feedForward(), epochs, d.learningRate(), d.alarmAt(), d.seed()));
    }

    /** The training windows, with the product's training noise unless {@code -Dbenchmark.trainingNoise} says otherwise. */
    static LabelledWindows data(RecordingSet set, Detector detector) {
        return TrainingSet.of(PreparedRecording.all(set.recordings(), detector.window()),
                CrossValidation.DEFAULT.negativeStride(), trainingNoise());
    }

    /** {@code -Dbenchmark.trainingNoise=0} trains on the recordings as recorded (as before issue 13's fix). */
    static SensorNoise trainingNoise() {
        String amplitude = System.getProperty("benchmark.trainingNoise");
        return amplitude == null || amplitude.isBlank() ? SensorNoise.DEFAULT
                : new SensorNoise(Double.parseDouble(amplitude), SensorNoise.DEFAULT.seed());
    }

    List<String> ids() {
        return detectors.stream().map(Detector::id).toList();
    }

    @Override
    public List<Detector> all() {
        return detectors;
    }

    @Override
    public Optional<Detector> find(String id) {
        return detectors.stream().filter(x -> x.id().equals(id)).findFirst();
    }

    /** A detector with its trained model: "training" it hands out that model. */
    private record Trained(Detector detector, DetectorModel model) implements Detector {
        @Override
        public String id() {
            return detector.id();
        }

        @Override
        public String displayName() {
            return detector.displayName();
        }

        @Override
        public String version() {
            return detector.version();
        }

        @Override
        public List<String> channels() {
            return detector.channels();
        }

        @Override
        public WindowSpec window() {
            return detector.window();
        }

        @Override
        public boolean needsTrainedModel() {
            return false;
        }

        @Override
        public Class<? extends Record> settingsType() {
            return detector.settingsType();
        }

        @Override
        public Record defaultSettings() {
            return detector.defaultSettings();
        }

        @Override
        public DetectorModel train(LabelledWindows data, Record settings) {
            return model;
        }

        @Override
        public DetectorModel load(Path directory) throws IOException {
            return detector.load(directory);
        }
    }
}
