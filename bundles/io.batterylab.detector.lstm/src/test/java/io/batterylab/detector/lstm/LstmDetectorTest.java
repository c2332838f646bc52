package io.batterylab.detector.lstm;

import io.batterylab.core.detection.Detector;
import io.batterylab.test.support.SequenceDetectorContract;

/** The LSTM detector on the shared sequence-detector contract, with a network that trains in seconds. */
class LstmDetectorTest extends SequenceDetectorContract {
    @Override
    protected Detector detector() {
        return new LstmDetector();
    }

    @Override
    protected Record smallSettings() {
        return new LstmSettings(8, 1, 15, 0.01, 0.5, 7);
    }

    @Override
    protected Record recordingSettings() {
        return new LstmSettings(16, 1, 3, 0.005, 0.5, 42); // the defaults, 3 epochs
    }
}
