package io.batterylab.ml.detection;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorModelFile;
import io.batterylab.core.detection.RuleModel;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.ml.ModelFiles;
import io.batterylab.ml.Networks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained sequence detector: risk = sigmoid of the network's logit; windows are assessed in batches, by libtorch or,
 * for a last-pooled LSTM, by {@link JavaLstm} (unless {@value #JAVA_LSTM}{@code =false}).
 */
final class SequenceModel<S extends Record & SequenceSettings> implements DetectorModel {
    /** System property: {@code false} assesses LSTM windows with libtorch as well. */
    static final String JAVA_LSTM = "batterylab.detection.javaLstm";
    private static final int BATCH = 1024;

    private final SequenceDetector<S> detector;
    private final S settings;
    private final Block network;
    private final NDManager manager;
    /** The network in plain Java, or null: libtorch. */
    private final JavaLstm javaLstm;

    SequenceModel(SequenceDetector<S> detector, S settings, Block network, NDManager manager) {
        this.detector = detector;
        this.settings = settings;
        this.network = network;
        this.manager = manager;
        this.javaLstm = Boolean.parseBoolean(System.getProperty(JAVA_LSTM, "true"))
                ? JavaLstmProbe.checked(network, manager, detector.window().samples()).orElse(null)
                : null;
    }

    @Override
    public String detectorId() {
        return detector.id();
    }

    @Override
    public S settings() {
        return settings;
    }

    @Override
    public Assessment assess(SampleWindow window) {
        return assessAll(List.of(window)).get(0);
    }

    /**
     * Not synchronised: the network's parameters are only read, each call has its own arrays, so the monitor's
     * workers assess their devices' windows at the same time, each on its own libtorch thread
     * ({@link Networks#predictRows}) or in Java with its own {@link JavaLstm.State}.
     */
    @Override
    public List<Assessment> assessAll(List<SampleWindow> windows) {
        windows.forEach(window -> RuleModel.requireChannels(detector, window));
        int samples = detector.window().samples();
        float[] rows = WindowSequence.of(windows, samples);
        float[] logits = javaLstm != null
                ? javaLstm.logits(rows, samples, javaLstm.newState())
                : Networks.predictRows(network, manager, rows, new Shape(samples, WindowSequence.FEATURES), BATCH);
        List<Assessment> assessments = new ArrayList<>(logits.length);
        for (float z : logits) {
            assessments.add(Assessment.ofRisk(1 / (1 + StrictMath.exp(-z)), settings.alarmAt()));
        }
        return assessments;
    }

    /** Whether windows are assessed in Java ({@link JavaLstm}) rather than by libtorch. */
    boolean assessesInJava() {
        return javaLstm != null;
    }

    @Override
    public synchronized void save(Path directory) throws IOException {
        DetectorModelFile.write(directory, detector, settings);
        ModelFiles.saveParameters(network, directory.resolve(ModelFiles.CHECKPOINT));
    }
}
