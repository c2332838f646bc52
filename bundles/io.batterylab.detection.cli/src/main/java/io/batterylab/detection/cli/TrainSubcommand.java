package io.batterylab.detection.cli;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.detection.evaluation.AlarmCalibration;
import io.batterylab.detection.evaluation.AlarmPolicy;
import io.batterylab.detection.evaluation.CrossValidation;
import io.batterylab.detection.evaluation.EvaluationResult;
import io.batterylab.detection.evaluation.EvaluationSummary;
import io.batterylab.detection.evaluation.PreparedRecording;
import io.batterylab.detection.evaluation.ResultTable;
import io.batterylab.detection.evaluation.SensorNoise;
import io.batterylab.detection.evaluation.TrainingSet;
import io.batterylab.detection.model.DetectorModelDirectory;
import io.batterylab.detection.recording.RecordingSet;
import io.batterylab.detection.recording.ThermalRecording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code train}: a detector model from a directory of recordings, written as a model directory. */
record TrainSubcommand(Detectors detectors, Console console) implements Subcommand {
    static final String EVALUATED_ON = "the training recordings (not held out: use cv, or evaluate on others)";

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "train a detector on a directory of recordings and write the model directory";
    }

    @Override
    public String help() {
        return """
                usage: batterylab-detect train --detector ID --recordings DIR --out MODEL_DIR [--set NAME=VALUE]...
                                               [--negative-stride N] [--training-noise C] [--calibrate K]
                Trains the detector on every usable recording in DIR and writes MODEL_DIR (new or empty): the
                detector's own files, detector.properties (detector id, version, settings) and manifest.properties
                (the recordings it was trained on and its figures on them, which are not a held-out estimate).
                A detector that needs no training is trained too: its model then holds its settings.
                  --detector ID          one of the installed detectors (below)
                  --recordings DIR       *.csv files, header Time,Temperature (s, °C), time strictly increasing; a
                                         name ending in _exception.csv marks a recording that ends in runaway.
                                         Bad files are reported with the reason and left out.
                  --out MODEL_DIR        where the model goes; refused if it exists and is not empty
                  --set NAME=VALUE       change one setting from its default (repeatable)
                  --negative-stride N    train on every positive window and every N-th normal one (default %d)
                %s  --calibrate K          for a detector that learns: first choose its alarm threshold (risk) and
                                         N by inner K-fold grouped cross-validation on these recordings (best
                                         pooled window F1); the model keeps the threshold as its alarmAt and
                                         the manifest N as confirm_windows, which evaluate then uses
                """.formatted(CrossValidation.DEFAULT.negativeStride(), TrainingNoiseOption.HELP);
    }

    @Override
    public Set<String> options() {
        return Set.of("--detector", "--recordings", "--out", "--negative-stride", TrainingNoiseOption.NAME,
                "--calibrate");
    }

    @Override
    public int run(Options options) throws UsageException, CommandFailure {
        Detector detector = detectors.require(options.required("--detector"));
        Record settings = Detectors.settings(detector, options.settings());
        Path out = Path.of(options.required("--out"));
        String recordingsDir = options.required("--recordings");
        int stride = options.integer("--negative-stride", CrossValidation.DEFAULT.negativeStride(), 1);
        SensorNoise noise = TrainingNoiseOption.of(options);
        AlarmCalibration calibration = CalibrationOption.of(detector, options, CrossValidation.DEFAULT.seed(), stride,
                noise);
        Console.requireNewOrEmpty(out);
        RecordingSet set = console.recordings(recordingsDir);
        List<PreparedRecording> recordings = PreparedRecording.all(set.recordings(), detector.window());
        AlarmCalibration.Choice choice = null;
        if (calibration != null) {
            try {
                choice = calibration.choose(detector, settings, recordings);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure("cannot calibrate " + detector.id() + " on " + recordingsDir + ": "
                        + e.getMessage(), e);
            }
            settings = CalibrationOption.withThreshold(detector, settings, choice);
            console.out().println("calibrated by inner " + calibration.innerFolds() + "-fold cross-validation: "
                    + choice);
        }
        LabelledWindows data = TrainingSet.of(recordings, stride, noise);
        console.out().printf("training %s on %d windows (%d runaway)%n", detector.id(), data.size(), data.positives());
        long start = System.nanoTime();
        DetectorModel model;
        try {
            model = detector.train(data, settings);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("detector " + detector.id() + " cannot be trained on " + recordingsDir + ": "
                    + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        AlarmPolicy policy = choice == null ? AlarmPolicy.IMMEDIATE : choice.policy();
        EvaluationResult onTraining = CrossValidation.evaluate(detector.id(), model, recordings, policy);
        EvaluationSummary summary = EvaluationSummary.of(detector.id(), onTraining.recordings(), seconds);
        Map<String, String> figures = new java.util.LinkedHashMap<>(summary.figures());
        if (choice != null) {
            figures.put(CalibrationOption.CONFIRM_FIGURE, Integer.toString(choice.confirmWindows()));
            figures.put("calibration", choice.toString());
        }
        figures.put("training_noise_c", Double.toString(noise.amplitudeCelsius()));
        figures.put("evaluated_on", EVALUATED_ON);
        try {
            Files.createDirectories(out);
            DetectorModelDirectory.write(out, model, detector,
                    set.recordings().stream().map(ThermalRecording::name).toList(), figures);
        } catch (IOException e) {
            throw new CommandFailure("cannot write the model to " + out + ": " + e.getMessage(), e);
        }
        console.out().print("on " + EVALUATED_ON + ": " + ResultTable.summary(summary));
        console.out().println("model written to " + out);
        return DetectCommand.OK;
    }
}
