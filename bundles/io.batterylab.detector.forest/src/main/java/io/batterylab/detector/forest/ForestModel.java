package io.batterylab.detector.forest;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorModelFile;
import io.batterylab.core.detection.RuleModel;
import io.batterylab.core.detection.SampleWindow;
import java.io.IOException;
import java.nio.file.Path;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/** A trained forest: risk = share of trees voting runaway. Saved as the manifest plus Tribuo's protobuf file. */
final class ForestModel implements DetectorModel {
    static final String FOREST_FILE = "forest.tribuo";
    static final String RUNAWAY = "runaway";
    static final String NORMAL = "normal";

    private final ForestDetector detector;
    private final ForestSettings settings;
    private final Model<Label> forest;
    private final String[] names = WindowFeatures.names();

    ForestModel(ForestDetector detector, ForestSettings settings, Model<Label> forest) {
        this.detector = detector;
        this.settings = settings;
        this.forest = forest;
    }

    @Override
    public String detectorId() {
        return detector.id();
    }

    @Override
    public ForestSettings settings() {
        return settings;
    }

    @Override
    public Assessment assess(SampleWindow window) {
        RuleModel.requireChannels(detector, window);
        Prediction<Label> prediction = forest.predict(
                new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, WindowFeatures.of(window)));
        Label runaway = prediction.getOutputScores().get(RUNAWAY);
        return Assessment.ofRisk(runaway == null ? 0 : runaway.getScore(), settings.alarmAt());
    }

    @Override
    public void save(Path directory) throws IOException {
        DetectorModelFile.write(directory, detector, settings);
        forest.serializeToFile(directory.resolve(FOREST_FILE));
    }
}
