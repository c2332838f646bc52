package io.batterylab.detector.transformer;

import io.batterylab.core.detection.Detector;
import io.batterylab.test.support.SequenceDetectorContract;

/** The Transformer detector on the shared sequence-detector contract, with a network that trains in seconds. */
class TransformerDetectorTest extends SequenceDetectorContract {
    @Override
    protected Detector detector() {
        return new TransformerDetector();
    }

    @Override
    protected Record smallSettings() {
        return new TransformerSettings(8, 16, 15, 0.01, 0.5, 7);
    }

    @Override
    protected Record recordingSettings() {
        return new TransformerSettings(16, 32, 3, 0.003, 0.5, 42); // the defaults, 3 epochs
    }
}
