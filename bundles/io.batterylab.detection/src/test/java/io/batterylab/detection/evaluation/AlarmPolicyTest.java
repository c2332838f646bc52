package io.batterylab.detection.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.WindowSpec;
import io.batterylab.detection.recording.Resampler;
import io.batterylab.detection.recording.RunawayLabels;
import io.batterylab.detection.recording.ThermalRecording;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AlarmPolicyTest {
    @Test
    void givenConfirmThree_whenAlarmsBlinkOrRunOrCrossAGap_thenRaisedOnlyOnTheThirdInARow() {
        AlarmPolicy.Stream stream = new AlarmPolicy(3).stream();

        assertFalse(stream.offer(0, true));
        assertFalse(stream.offer(1, true));
        assertFalse(stream.offer(2, false));
        assertFalse(stream.offer(3, true));
        assertFalse(stream.offer(4, true));
        assertTrue(stream.offer(5, true));
        assertTrue(stream.offer(6, true));
        // a gap in the grid starts the count again
        assertFalse(stream.offer(20, true));
        assertFalse(stream.offer(21, true));
        assertTrue(stream.offer(22, true));
        assertThrows(IllegalArgumentException.class, () -> new AlarmPolicy(0));
    }

    @Test
    void givenNormalRecordingWithTwoSampleSpike_whenScoredWithAndWithoutConfirmation_thenOnlyTheImmediateAlarms() {
        // 10 min at 1 Hz, flat at 25 °C but for a 2 s spike of +3 °C at 300 s
        double[] t = IntStream.rangeClosed(0, 600).asDoubleStream().toArray();
        double[] v = IntStream.rangeClosed(0, 600).mapToDouble(i -> i == 300 || i == 301 ? 28 : 25).toArray();
        PreparedRecording recording = PreparedRecording.of(new ThermalRecording("spike.csv", false, t, v),
                Resampler.DEVICE, RunawayLabels.TASK, WindowSpec.DEVICE_DEFAULT);
        var model = new WindowRise().train(new LabelledWindows(List.of(), List.of()), new WindowRise.Limit(1));

        RecordingScore immediate = RecordingScorer.score(model, recording);
        RecordingScore fifth = RecordingScorer.score(model, recording, new AlarmPolicy(5));
        RecordingScore sixth = RecordingScorer.score(model, recording, new AlarmPolicy(6));

        // on the 2 Hz grid the spike holds 28 °C at 300, 300.5 and 301 s and 26.5 °C (interpolated) at 299.5 and
        // 301.5 s: five windows in a row end more than 1 °C above their start
        assertEquals(1, immediate.alarmEpisodes());
        assertEquals(5, immediate.falsePositives());
        assertEquals(1, fifth.alarmEpisodes());
        assertEquals(1, fifth.falsePositives());
        assertEquals(0, sixth.alarmEpisodes());
        assertFalse(sixth.caught());
    }
}
