package io.batterylab.detection.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.detection.evaluation.WindowRise.Limit;
import io.batterylab.core.detection.RuleDetector;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.detection.WindowSpec;
import io.batterylab.core.settings.Setting;
import io.batterylab.detection.recording.Resampler;
import io.batterylab.detection.recording.RunawayLabels;
import io.batterylab.detection.recording.ThermalRecording;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    /** 1 Hz samples of a function of time over [0, seconds]. */
    private static ThermalRecording trace(String name, double seconds, DoubleUnaryOperator temperature) {
        int n = (int) seconds + 1;
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            v[i] = temperature.applyAsDouble(i);
        }
        return new ThermalRecording(name, name.contains("_exception"), t, v);
    }

    private static PreparedRecording prepare(ThermalRecording r) {
        return PreparedRecording.of(r, Resampler.DEVICE, RunawayLabels.TASK, WindowSpec.DEVICE_DEFAULT);
    }

    /** Flat 25 °C, from 200 s on a ramp of 1 °C/s. */
    private static ThermalRecording runaway(String name) {
        return trace(name, 400, s -> s < 200 ? 25 : 25 + (s - 200));
    }

    @Test
    void givenStepToARampAt200s_whenScored_thenOnsetLeadTimeAndWindowCountsAsWorkedOutByHand() {
        PreparedRecording r = prepare(runaway("a_exception.csv"));
        var model = new WindowRise().train(new LabelledWindows(List.of(), List.of()), new Limit(1));

        RecordingScore score = RecordingScorer.score(model, r);

        // label: max of the next 20 s − now > 5 °C; at 185 s exactly 5 °C (not more), so first true at 185.5 s
        assertEquals(185.5, r.onsetSeconds(), 1e-9);
        // first window rising more than 1 °C: ends at 201.5 s (1.5 °C over the window)
        assertEquals(201.5, score.firstAlarmSeconds(), 1e-9);
        assertEquals(185.5 - 201.5, score.leadSeconds(), 1e-9);
        assertTrue(score.caught());
        assertEquals(1, score.alarmEpisodes());
        // complete windows end at 29.5 .. 400 s: 742; labelled ones end at 29.5 .. 380 s
        assertEquals(742, score.windows());
        assertEquals(702, score.truePositives() + score.falsePositives() + score.falseNegatives()
                + score.trueNegatives());
        assertEquals((201.5 - 185.5) / 0.5, score.falseNegatives(), 1e-9);
    }

    @Test
    void givenNormalHourWithTwoBumps_whenScored_thenTwoAlarmEpisodesPerHour() {
        // bumps of +3 °C over 10 s at 1000 s and at 2500 s, flat otherwise
        PreparedRecording r = prepare(trace("n.csv", 3630, s -> 20 + bump(s, 1000) + bump(s, 2500)));
        var model = new WindowRise().train(new LabelledWindows(List.of(), List.of()), new Limit(1));

        RecordingScore score = RecordingScorer.score(model, r);
        EvaluationSummary summary = EvaluationSummary.of("window-rise", List.of(score), 0);

        assertEquals(2, score.alarmEpisodes());
        // grid 0 .. 3630 s = 7261 points, windows end from the 60th on
        assertEquals(7202, score.windows());
        assertEquals(2 / (7202 * 0.5 / 3600), summary.falseAlarmsPerHour(), 1e-9);
        assertEquals(0, score.truePositives() + score.falseNegatives(), "no positive label in the hour");
    }

    private static double bump(double s, double at) {
        return s < at ? 0 : s < at + 10 ? 0.3 * (s - at) : 3;
    }

    @Test
    void givenHandCountedScores_whenSummarised_thenPrecisionRecallF1AndLeadQuantiles() {
        List<RecordingScore> scores = List.of(
                new RecordingScore("a", true, 100, 8, 2, 2, 88, 50, 40, 1, 0.5, 1000),
                new RecordingScore("b", true, 100, 2, 0, 8, 90, 50, 70, 1, 0.5, 1000),
                new RecordingScore("c", true, 100, 0, 0, 5, 95, 50, Double.NaN, 0, 0.5, 1000),
                new RecordingScore("d", false, 7200, 0, 4, 0, 7196, Double.NaN, 10, 3, 0.5, 1000));

        EvaluationSummary s = EvaluationSummary.of("x", scores, 2);

        assertEquals(10 / 16.0, s.precision(), 1e-12);
        assertEquals(10 / 25.0, s.recall(), 1e-12);
        assertEquals(2 * (10 / 16.0) * (10 / 25.0) / (10 / 16.0 + 10 / 25.0), s.f1(), 1e-12);
        assertEquals(2, s.caught());
        assertEquals(1, s.caughtBeforeOnset());
        assertEquals(List.of(-20.0, 10.0), s.leadSeconds());
        assertEquals(3, s.falseAlarmsPerHour(), 1e-12);
        assertEquals(4000 / 1000.0 / 7500, s.inferenceMicrosPerWindow(), 1e-12);
    }

    @Test
    void givenGapInTheRecording_whenPrepared_thenNoWindowReachesAcrossIt() {
        double[] t = new double[200];
        double[] v = new double[200];
        for (int i = 0; i < 200; i++) {
            t[i] = i < 100 ? i : i + 100; // 100 s without samples after 99 s
            v[i] = 20;
        }
        PreparedRecording r = prepare(new ThermalRecording("g.csv", false, t, v));

        for (int end : r.windowEnds()) {
            SampleWindow w = r.window(end);
            for (double value : w.channel(Channels.TEMP_INTERNAL)) {
                assertFalse(Double.isNaN(value));
            }
            double[] times = w.timesSeconds();
            assertEquals(29.5, times[times.length - 1] - times[0], 1e-9);
        }
        // 0 .. 99 s: windows end at 29.5 .. 99; 200 .. 299 s: at 229.5 .. 299
        assertEquals(2 * 140, r.windowEnds().length);
    }

    @Test
    void givenElevenRecordings_whenFoldedInThree_thenStratifiedDisjointAndComplete() {
        List<PreparedRecording> recordings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            recordings.add(prepare(runaway("r" + i + "_exception.csv")));
        }
        for (int i = 0; i < 7; i++) {
            recordings.add(prepare(trace("n" + i + ".csv", 60, s -> 20)));
        }

        List<List<Integer>> folds = GroupedFolds.stratified(recordings, 3, 5);

        Set<Integer> seen = new HashSet<>();
        for (List<Integer> fold : folds) {
            assertTrue(fold.stream().anyMatch(i -> recordings.get(i).runaway()), "runaway in every fold " + folds);
            assertTrue(fold.stream().anyMatch(i -> !recordings.get(i).runaway()), "normal in every fold " + folds);
            fold.forEach(i -> assertTrue(seen.add(i), "recording " + i + " in two folds"));
        }
        assertEquals(11, seen.size());
        assertEquals(folds, GroupedFolds.stratified(recordings, 3, 5), "seeded");
        var e = assertThrows(IllegalArgumentException.class, () -> GroupedFolds.stratified(recordings, 5, 5));
        assertTrue(e.getMessage().contains("4 runaway"), e.getMessage());
    }

    @Test
    void givenStride_whenTrainingSetBuilt_thenAllPositivesEveryNthNegativeAndNoUnlabelledWindow() {
        PreparedRecording r = prepare(runaway("a_exception.csv"));

        LabelledWindows all = TrainingSet.of(List.of(r), 1);
        LabelledWindows thinned = TrainingSet.of(List.of(r), 10);

        assertEquals(702, all.size(), "labelled windows only");
        assertEquals(all.positives(), thinned.positives());
        long negatives = all.size() - all.positives();
        assertEquals((negatives + 9) / 10, thinned.size() - thinned.positives());
    }

    @Test
    void givenRuleDetector_whenCrossValidated_thenEveryRecordingScoredOnceAndTrainingTimed() {
        List<PreparedRecording> recordings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            recordings.add(prepare(runaway("r" + i + "_exception.csv")));
            recordings.add(prepare(trace("n" + i + ".csv", 600, s -> 20 + 0.001 * s)));
        }

        EvaluationResult result = new CrossValidation(3, 1, 5).run(new WindowRise(), new Limit(1), recordings);

        assertEquals(6, result.recordings().size());
        assertEquals(3, result.summary().caught());
        assertEquals(0, result.summary().falseAlarmsPerHour());
        String text = ResultTable.text(result);
        assertTrue(text.contains("r0_exception.csv") && text.contains("caught 3/3"), text);
        assertEquals(7, ResultTable.csv(result).lines().count());
    }
}
