package io.batterylab.detection.cli;

import io.batterylab.core.detection.Detector;
import io.batterylab.detection.evaluation.AlarmCalibration;
import io.batterylab.detection.evaluation.AlarmPolicy;
import io.batterylab.detection.evaluation.CrossValidation;
import io.batterylab.detection.evaluation.EvaluationResult;
import io.batterylab.detection.evaluation.PreparedRecording;
import io.batterylab.detection.evaluation.SensorNoise;
import io.batterylab.detection.recording.RecordingSet;
import java.util.List;
import java.util.Set;

/** {@code cv}: grouped, stratified k-fold cross-validation by recording. */
record CrossValidateSubcommand(Detectors detectors, Console console) implements Subcommand {
    @Override
    public String name() {
        return "cv";
    }

    @Override
    public String summary() {
        return "cross-validate a detector by recording (grouped, stratified k-fold) on a directory of recordings";
    }

    @Override
    public String help() {
        return """
                usage: batterylab-detect cv --detector ID --recordings DIR [--folds K] [--seed S] [--set NAME=VALUE]...
                                            [--negative-stride N] [--training-noise C] [--confirm N | --calibrate K]
                                            [--csv OUT_DIR]
                Splits the usable recordings of DIR into K folds of whole recordings (runaway recordings dealt
                round the folds first, so each fold has some), trains on K − 1 folds, scores the held-out fold,
                and prints the per-recording table and the summary as evaluate does (training time summed over
                the folds). No window of a recording is ever on both sides of a split.
                  --folds K              2 .. the number of runaway and of normal recordings (default %d)
                  --seed S               shuffles the recordings before dealing (default %d)
                  --set NAME=VALUE       change one setting from its default (repeatable)
                  --negative-stride N    as for train (default %d)
                  --training-noise C     as for train (default %.1f; the held-out recordings are scored as
                                         they are)
                  --confirm N            as for evaluate (default 1)
                  --calibrate K          for a detector that learns: choose its alarm threshold (risk) and N in
                                         each fold by inner K-fold grouped cross-validation on that fold's
                                         training recordings only (best pooled window F1), instead of the
                                         settings' threshold and --confirm
                  --csv OUT_DIR          also write OUT_DIR/recordings.csv and OUT_DIR/summary.csv
                """.formatted(CrossValidation.DEFAULT.folds(), CrossValidation.DEFAULT.seed(),
                CrossValidation.DEFAULT.negativeStride(), SensorNoise.DEFAULT.amplitudeCelsius());
    }

    @Override
    public Set<String> options() {
        return Set.of("--detector", "--recordings", "--folds", "--seed", "--negative-stride", TrainingNoiseOption.NAME,
                "--confirm", "--calibrate", "--csv");
    }

    @Override
    public int run(Options options) throws UsageException, CommandFailure {
        Detector detector = detectors.require(options.required("--detector"));
        Record settings = Detectors.settings(detector, options.settings());
        String recordingsDir = options.required("--recordings");
        CrossValidation cv = new CrossValidation(options.integer("--folds", CrossValidation.DEFAULT.folds(), 2),
                options.integer("--seed", (int) CrossValidation.DEFAULT.seed(), 0),
                options.integer("--negative-stride", CrossValidation.DEFAULT.negativeStride(), 1),
                TrainingNoiseOption.of(options));
        AlarmPolicy policy = new AlarmPolicy(options.integer("--confirm", 1, 1));
        AlarmCalibration calibration = CalibrationOption.of(detector, options, cv.seed(), cv.negativeStride(),
                cv.trainingNoise());
        RecordingSet set = console.recordings(recordingsDir);
        var recordings = PreparedRecording.all(set.recordings(), detector.window());
        EvaluationResult result;
        List<AlarmCalibration.Choice> choices = List.of();
        try {
            if (calibration == null) {
                result = cv.run(detector, settings, recordings, policy);
            } else {
                CrossValidation.Calibrated calibrated = cv.runCalibrated(detector, settings, recordings, calibration);
                result = calibrated.result();
                choices = calibrated.choices();
            }
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("cannot cross-validate " + detector.id() + " on " + recordingsDir + ": "
                    + e.getMessage(), e);
        }
        if (calibration == null) {
            console.out().printf("%s, %d-fold cross-validation by recording, seed %d, alarm after %d window(s) in a "
                    + "row%n", detector.id(), cv.folds(), cv.seed(), policy.confirmWindows());
        } else {
            console.out().printf("%s, %d-fold cross-validation by recording, seed %d, alarm threshold and N chosen "
                    + "by inner %d-fold cross-validation in each fold:%n", detector.id(), cv.folds(), cv.seed(),
                    calibration.innerFolds());
            for (int fold = 0; fold < choices.size(); fold++) {
                console.out().printf("  fold %d: %s%n", fold + 1, choices.get(fold));
            }
        }
        console.report(result, options.optional("--csv"));
        return DetectCommand.OK;
    }
}
