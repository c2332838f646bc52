package io.batterylab.detector.forest;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorModelFile;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.WindowSpec;
import io.batterylab.core.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Random forest (Tribuo CART trees, majority vote) on level-free statistics of the window. */
@Component(service = Detector.class)
public class ForestDetector implements Detector {
    @Override
    public String id() {
        return "forest";
    }

    @Override
    public String displayName() {
        return "Random forest on window statistics";
    }

    @Override
    public String version() {
        return "1.0.0";
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
        return ForestSettings.class;
    }

    @Override
    public Record defaultSettings() {
        return ForestSettings.DEFAULTS;
    }

    @Override
    public DetectorModel train(LabelledWindows data, Record settings) {
        ForestSettings checked = Settings.check(settings, ForestSettings.class);
        long positives = data.positives();
        if (positives == 0 || positives == data.size()) {
            throw new IllegalArgumentException("the forest needs runaway and normal windows; got " + positives
                    + " runaway of " + data.size());
        }
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("thermal windows", labels), labels);
        String[] names = WindowFeatures.names();
        for (int i = 0; i < data.size(); i++) {
            Label label = new Label(data.runaway().get(i) ? ForestModel.RUNAWAY : ForestModel.NORMAL);
            dataset.add(new ArrayExample<>(label, names, WindowFeatures.of(data.windows().get(i))));
        }
        var trees = new CARTClassificationTrainer(checked.maxDepth(), (float) checked.featureFraction(),
                checked.seed());
        var forest = new RandomForestTrainer<>(trees, new VotingCombiner(), checked.trees(), checked.seed());
        return new ForestModel(this, checked, forest.train(dataset));
    }

    @Override
    public DetectorModel load(Path directory) throws IOException {
        ForestSettings settings = DetectorModelFile.read(directory, this, ForestSettings.class);
        Path file = directory.resolve(ForestModel.FOREST_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("forest model " + directory + " has no " + ForestModel.FOREST_FILE);
        }
        Model<?> model;
        try {
            model = Model.deserializeFromFile(file);
        } catch (IOException | RuntimeException e) {
            throw new IOException("forest file " + file + " is corrupt: " + e.getMessage(), e);
        }
        if (!model.validate(Label.class) || !sameFeatures(model.getFeatureIDMap())) {
            throw new IOException("forest file " + file + " is not a runaway forest of this detector version");
        }
        @SuppressWarnings("unchecked")
        Model<Label> forest = (Model<Label>) model;
        return new ForestModel(this, settings, forest);
    }

    private static boolean sameFeatures(ImmutableFeatureMap features) {
        return Arrays.stream(WindowFeatures.names()).allMatch(name -> features.get(name) != null);
    }
}
