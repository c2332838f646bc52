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

/**
 * A trained forest: risk = share of trees voting runaway. Saved as the manifest plus Tribuo's protobuf file. Assessed
 * through its {@link CompiledForest} (the same risks, without Tribuo's objects per tree); through Tribuo when it has
 * none or a feature is NaN (which Tribuo refuses, as before).
 */
final class ForestModel implements DetectorModel {
    static final String FOREST_FILE = "forest.tribuo";
    static final String RUNAWAY = "runaway";
    static final String NORMAL = "normal";

    private final ForestDetector detector;
    private final ForestSettings settings;
    private final Model<Label> forest;
    private final String[] names = WindowFeatures.names();
    private final CompiledForest compiled;

    ForestModel(ForestDetector detector, ForestSettings settings, Model<Label> forest) {
        this.detector = detector;
        this.settings = settings;
        this.forest = forest;
        this.compiled = CompiledForest.of(forest, this::tribuoRisk).orElse(null);
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
        return Assessment.ofRisk(risk(WindowFeatures.of(window)), settings.alarmAt());
    }

    /** The share of trees voting runaway for these {@link WindowFeatures}. */
    double risk(double[] features) {
        return compiled != null && noneNaN(features) ? compiled.runawayShare(features) : tribuoRisk(features);
    }

    /** Whether the model assesses through its compiled trees (tests). */
    boolean compiled() {
        return compiled != null;
    }

    /** The share of trees voting runaway, by Tribuo's own prediction. */
    double tribuoRisk(double[] features) {
        Prediction<Label> prediction = forest.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, features));
        Label runaway = prediction.getOutputScores().get(RUNAWAY);
        return runaway == null ? 0 : runaway.getScore();
    }

    private static boolean noneNaN(double[] features) {
        for (double feature : features) {
            if (Double.isNaN(feature)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void save(Path directory) throws IOException {
        DetectorModelFile.write(directory, detector, settings);
        forest.serializeToFile(directory.resolve(FOREST_FILE));
    }
}
