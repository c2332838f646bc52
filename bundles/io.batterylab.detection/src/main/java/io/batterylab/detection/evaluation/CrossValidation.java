package io.batterylab.detection.evaluation;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Grouped, stratified k-fold cross-validation by recording: for each fold the detector is trained on the other
 * folds' recordings ({@link TrainingSet}, with {@code trainingNoise} added) and scored on every complete window of the
 * fold's recordings as recorded.
 */
public record CrossValidation(int folds, long seed, int negativeStride, SensorNoise trainingNoise) {
    public static final CrossValidation DEFAULT = new CrossValidation(5, 1, 400);

    public CrossValidation {
        java.util.Objects.requireNonNull(trainingNoise, "training noise");
    }

    /** With the default training noise. */
    public CrossValidation(int folds, long seed, int negativeStride) {
        this(folds, seed, negativeStride, SensorNoise.DEFAULT);
    }

    public EvaluationResult run(Detector detector, Record settings, List<PreparedRecording> recordings) {
        return run(detector, settings, recordings, AlarmPolicy.IMMEDIATE);
    }

    /** As {@link #run(Detector, Record, List)}, the alarms raised by the policy. */
    public EvaluationResult run(Detector detector, Record settings, List<PreparedRecording> recordings,
            AlarmPolicy policy) {
        return run(detector, settings, recordings, policy, recording -> true);
    }

    /**
     * As {@link #run(Detector, Record, List, AlarmPolicy)}, scoring only the held-out recordings {@code scored} accepts:
     * the folds and the training are the same, so each scored recording gets the figures the full run gives it (for
     * the runaway recordings' lead times without scoring hundreds of hours of normal ones).
     */
    public EvaluationResult run(Detector detector, Record settings, List<PreparedRecording> recordings,
            AlarmPolicy policy, Predicate<PreparedRecording> scored) {
        List<RecordingScore> scores = new ArrayList<>();
        double trainingSeconds = 0;
        for (List<Integer> test : GroupedFolds.stratified(recordings, folds, seed)) {
            List<PreparedRecording> training = GroupedFolds.others(recordings, test);
            long start = System.nanoTime();
            DetectorModel model = detector.train(TrainingSet.of(training, negativeStride, trainingNoise), settings);
            trainingSeconds += (System.nanoTime() - start) / 1e9;
            // recordings are scored in parallel (models are thread-safe); the time per window stays per thread
            scores.addAll(test.parallelStream().map(recordings::get).filter(scored)
                    .map(recording -> RecordingScorer.score(model, recording, policy)).toList());
        }
        scores.sort(Comparator.comparing(RecordingScore::name));
        return new EvaluationResult(scores, EvaluationSummary.of(detector.id(), scores, trainingSeconds));
    }

    /** Folds' figures with the threshold and N that inner cross-validation chose in each fold. */
    public record Calibrated(EvaluationResult result, List<AlarmCalibration.Choice> choices) {
        public Calibrated {
            choices = List.copyOf(choices);
        }
    }

    /**
     * As {@link #run(Detector, Record, List, AlarmPolicy)} for a learned detector, with the alarm threshold and N of
     * each fold chosen by {@code calibration} on that fold's training recordings only; the training time includes
     * the inner cross-validation.
     */
    public Calibrated runCalibrated(Detector detector, Record settings, List<PreparedRecording> recordings,
            AlarmCalibration calibration) {
        List<RecordingScore> scores = new ArrayList<>();
        List<AlarmCalibration.Choice> choices = new ArrayList<>();
        double trainingSeconds = 0;
        for (List<Integer> test : GroupedFolds.stratified(recordings, folds, seed)) {
            List<PreparedRecording> training = GroupedFolds.others(recordings, test);
            long start = System.nanoTime();
            AlarmCalibration.Choice choice = calibration.choose(detector, settings, training);
            DetectorModel model = detector.train(TrainingSet.of(training, negativeStride, trainingNoise), settings);
            trainingSeconds += (System.nanoTime() - start) / 1e9;
            choices.add(choice);
            scores.addAll(test.parallelStream().map(i -> RecordingScorer.score(
                    RecordingScorer.assess(model, recordings.get(i)), choice.alarmAt(), choice.policy())).toList());
        }
        scores.sort(Comparator.comparing(RecordingScore::name));
        return new Calibrated(new EvaluationResult(scores, EvaluationSummary.of(detector.id(), scores,
                trainingSeconds)), choices);
    }

    /** Scores an already trained model on recordings it never saw, with a chosen threshold and N. */
    public static EvaluationResult evaluate(String detectorId, DetectorModel model, List<PreparedRecording> recordings,
            AlarmCalibration.Choice choice) {
        List<RecordingScore> scores = recordings.stream().map(r -> RecordingScorer.score(
                RecordingScorer.assess(model, r), choice.alarmAt(), choice.policy())).toList();
        return new EvaluationResult(scores, EvaluationSummary.of(detectorId, scores, 0));
    }

    /** Scores an already trained model on recordings it never saw (no training time). */
    public static EvaluationResult evaluate(String detectorId, DetectorModel model, List<PreparedRecording> recordings) {
        return evaluate(detectorId, model, recordings, AlarmPolicy.IMMEDIATE);
    }

    /** As {@link #evaluate(String, DetectorModel, List)}, the alarms raised by the policy. */
    public static EvaluationResult evaluate(String detectorId, DetectorModel model, List<PreparedRecording> recordings,
            AlarmPolicy policy) {
        List<RecordingScore> scores = recordings.stream().map(r -> RecordingScorer.score(model, r, policy)).toList();
        return new EvaluationResult(scores, EvaluationSummary.of(detectorId, scores, 0));
    }
}
