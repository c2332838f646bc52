package io.batterylab.detection.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.WindowSpec;
import io.batterylab.detection.evaluation.PreparedRecording;
import io.batterylab.detection.recording.RecordingSet;
import io.batterylab.detection.recording.ThermalRecording;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticRecordingsTest {
    private static boolean hasPositive(PreparedRecording r) {
        for (int end : r.windowEnds()) {
            if (r.labels()[end] == 1) {
                return true;
            }
        }
        return false;
    }

    @Test
    void givenSameSeed_whenGeneratedTwice_thenTheSameTraces_andAnotherSeedDiffers() {
        ThermalRecording a = new SyntheticRecordings(7).runaway(3);
        ThermalRecording b = new SyntheticRecordings(7).runaway(3);
        ThermalRecording c = new SyntheticRecordings(8).runaway(3);

        assertArrayEquals(a.timesSeconds(), b.timesSeconds());
        assertArrayEquals(a.temperatures(), b.temperatures());
        assertFalse(a.timesSeconds().length == c.timesSeconds().length
                && java.util.Arrays.equals(a.temperatures(), c.temperatures()));
        assertArrayEquals(new SyntheticRecordings(7).normal(2).temperatures(),
                new SyntheticRecordings(7).normals(5).get(2).temperatures());
    }

    @Test
    void givenManyTraces_whenLabelledByTheTask_thenRunawaysHaveAnOnsetAndNormalsNever() {
        SyntheticRecordings generator = new SyntheticRecordings(1);
        List<PreparedRecording> runaway = PreparedRecording.all(generator.runaways(20), WindowSpec.DEVICE_DEFAULT);
        List<PreparedRecording> normal = PreparedRecording.all(generator.normals(20), WindowSpec.DEVICE_DEFAULT);

        for (PreparedRecording r : runaway) {
            assertTrue(r.runaway() && hasPositive(r), r.name());
            assertTrue(r.name().startsWith("synthetic_runaway_") && r.name().endsWith("_exception.csv"), r.name());
        }
        for (PreparedRecording r : normal) {
            assertFalse(r.runaway() || hasPositive(r), r.name());
            assertTrue(r.name().startsWith("synthetic_normal_"), r.name());
        }
    }

    @Test
    void givenJitteredSensor_whenSampled_thenTimesStrictlyIncreaseAroundThePeriodAndRelativeStartsAtZero() {
        Simulation run = Simulation.run(LumpedCell.TYPICAL, Surroundings.still(30), 30, 600);

        ThermalRecording trace = new Sensor(1, 0.2, 0.1, 0.01, true).sample("x.csv", false, run,
                new java.util.Random(1));

        assertEquals(0, trace.temperatures()[0]);
        double[] t = trace.timesSeconds();
        for (int i = 1; i < t.length; i++) {
            assertTrue(t[i] - t[i - 1] >= 0.799 && t[i] - t[i - 1] <= 1.201, "interval at " + i);
        }
        assertTrue(t.length > 500 && t.length < 760, "samples " + t.length);
    }

    @Test
    void givenTracesWritten_whenReadAsRecordings_thenAllUsableAndMarkedByName(@TempDir Path dir) throws IOException {
        new SyntheticRecordings(3).write(dir, 4, 3);

        RecordingSet set = RecordingSet.read(dir);

        assertEquals(List.of(), set.problems());
        assertEquals(7, set.recordings().size());
        assertEquals(3, set.runawayCount());
        assertArrayEquals(new SyntheticRecordings(3).runaway(1).temperatures(),
                set.recordings().stream().filter(r -> r.name().equals("synthetic_runaway_001_exception.csv"))
                        .findFirst().orElseThrow().temperatures(), 1e-4);
    }
}
