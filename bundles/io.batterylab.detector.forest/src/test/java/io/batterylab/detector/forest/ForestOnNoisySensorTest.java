package io.batterylab.detector.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.detection.evaluation.SensorNoise;
import io.batterylab.test.support.NoisyHealthyCell;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13: a forest trained on the shared thermal recordings must not call a healthy cell's sensor noise a runaway. */
class ForestOnNoisySensorTest {
    private final ForestDetector detector = new ForestDetector();
    private final List<SampleWindow> cell = NoisyHealthyCell.windows(0.3, 400, 7);

    @Test
    void givenTheRealRecordingsWithTrainingNoise_whenAHealthyCellIsReadWithinThreeTenthsOfADegree_thenNoWindowIsDanger()
            throws Exception {
        DetectorModel model = NoisyHealthyCell.trainedOnRecordings(detector, ForestSettings.DEFAULTS,
                SensorNoise.DEFAULT);

        assertEquals(0, NoisyHealthyCell.dangerShare(model, cell), "share of DANGER windows");
    }

    @Test
    void givenTheRealRecordingsAsRecorded_whenTheSameCellIsRead_thenTheForestCallsItsNoiseARunaway() throws Exception {
        DetectorModel model = NoisyHealthyCell.trainedOnRecordings(detector, ForestSettings.DEFAULTS,
                SensorNoise.NONE);

        double share = NoisyHealthyCell.dangerShare(model, cell);
        assertTrue(share > 0.05, "the cause of issue 13 (smooth normal recordings): DANGER share " + share);
    }
}
