package io.batterylab.detection.evaluation;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses a learned detector's alarm threshold (risk at or above which a window alarms) and debounce N
 * ({@link AlarmPolicy}) by inner cross-validation on its training recordings only: grouped stratified folds of those
 * recordings, a model trained on the others scores each held-out inner fold, and the pair with the best pooled window
 * F1 on the held-out inner folds wins (ties: fewer false-alarm episodes on normal recordings, then the lower
 * threshold and N). The recordings a model is finally tested on never take part.
 */
public record AlarmCalibration(int innerFolds, long seed, int negativeStride, SensorNoise trainingNoise) {
    public static final AlarmCalibration DEFAULT = new AlarmCalibration(3, 1, CrossValidation.DEFAULT.negativeStride());
    static final double[] ALARM_AT = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99};
    static final int[] CONFIRM_WINDOWS = {1, 2, 3, 4, 6, 8, 12, 20};

    public AlarmCalibration {
        java.util.Objects.requireNonNull(trainingNoise, "training noise");
    }

    /** With the default training noise. */
    public AlarmCalibration(int innerFolds, long seed, int negativeStride) {
        this(innerFolds, seed, negativeStride, SensorNoise.DEFAULT);
    }

    /** A threshold and N with the figures on the held-out inner folds that chose them. */
    public record Choice(double alarmAt, int confirmWindows, double innerF1, long innerNormalEpisodes) {
        public AlarmPolicy policy() {
            return new AlarmPolicy(confirmWindows);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "alarm at risk %.2f after %d window(s) in a row (inner F1 %.3f, %d "
                    + "false-alarm episode(s))", alarmAt, confirmWindows, innerF1, innerNormalEpisodes);
        }
    }

    /** @throws IllegalArgumentException when the recordings cannot be split into the inner folds */
    public Choice choose(Detector detector, Record settings, List<PreparedRecording> training) {
        List<RecordingScorer.Assessed> heldOut = new ArrayList<>();
        for (List<Integer> validation : GroupedFolds.stratified(training, innerFolds, seed)) {
            DetectorModel model = detector.train(TrainingSet.of(GroupedFolds.others(training, validation),
                    negativeStride, trainingNoise), settings);
            heldOut.addAll(validation.parallelStream().map(i -> RecordingScorer.assess(model, training.get(i))).toList());
        }
        return best(heldOut);
    }

    /** The best threshold and N on recordings already assessed by models that never saw them. */
    static Choice best(List<RecordingScorer.Assessed> heldOut) {
        Choice best = null;
        for (double alarmAt : ALARM_AT) {
            for (int confirm : CONFIRM_WINDOWS) {
                AlarmPolicy policy = new AlarmPolicy(confirm);
                EvaluationSummary summary = EvaluationSummary.of("calibration",
                        heldOut.stream().map(a -> RecordingScorer.score(a, alarmAt, policy)).toList(), 0);
                Choice choice = new Choice(alarmAt, confirm, summary.f1(), summary.normalAlarmEpisodes());
                if (best == null || choice.innerF1() > best.innerF1() || (choice.innerF1() == best.innerF1()
                        && choice.innerNormalEpisodes() < best.innerNormalEpisodes())) {
                    best = choice;
                }
            }
        }
        return best;
    }
}
