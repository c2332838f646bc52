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
}
