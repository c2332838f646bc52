package io.batterylab.monitor;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.detection.WindowSpec;
import io.batterylab.detector.threshold.ThresholdDetector;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The threshold detector with a gate: once {@link #close() closed}, the next assessment signals {@link #entered()}
 * and waits until the test {@link #open() opens} the gate again, so the test can act while a sample is being
 * assessed.
 */
final class GatedDetector implements Detector {
    static final String ID = "gated-threshold";
    private final Detector threshold = new ThresholdDetector();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final CountDownLatch entered = new CountDownLatch(1);

    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    /** Waits until an assessment is held at the closed gate. */
    boolean entered() throws InterruptedException {
        return entered.await(20, TimeUnit.SECONDS);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Threshold rule behind a gate";
    }

    @Override
    public String version() {
        return threshold.version();
    }

    @Override
    public List<String> channels() {
        return threshold.channels();
    }

    @Override
    public WindowSpec window() {
        return threshold.window();
    }

    @Override
    public boolean needsTrainedModel() {
        return false;
    }

    @Override
    public Class<? extends Record> settingsType() {
        return threshold.settingsType();
    }

    @Override
    public Record defaultSettings() {
        return threshold.defaultSettings();
    }

    @Override
    public DetectorModel train(LabelledWindows data, Record settings) {
        DetectorModel rule = threshold.train(data, settings);
        return new DetectorModel() {
            @Override
            public String detectorId() {
                return ID;
            }

            @Override
            public Record settings() {
                return rule.settings();
            }

            @Override
            public Assessment assess(SampleWindow window) {
                CountDownLatch waiting = gate;
                if (waiting.getCount() > 0) {
                    entered.countDown();
                    try {
                        if (!waiting.await(30, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("the test never opened the gate");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
                return rule.assess(window);
            }

            @Override
            public void save(Path directory) {
                throw new UnsupportedOperationException("a test detector is not saved");
            }
        };
    }

    @Override
    public DetectorModel load(Path directory) {
        throw new UnsupportedOperationException("a test detector is not loaded");
    }
}
