package io.batterylab.detection.cli;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.detection.evaluation.AlarmPolicy;
import io.batterylab.detection.evaluation.CrossValidation;
import io.batterylab.detection.evaluation.PreparedRecording;
import io.batterylab.detection.model.DetectorModelDirectory;
import io.batterylab.detection.recording.RecordingSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** {@code evaluate}: a model scored on a directory of recordings. */
record EvaluateSubcommand(Detectors detectors, Console console) implements Subcommand {
    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "score a model on a directory of recordings: per-recording table and summary (text, CSV)";
    }

    @Override
    public String help() {
        return """
                usage: batterylab-detect evaluate --model MODEL_DIR --recordings DIR [--detector ID] [--confirm N]
                                                [--csv OUT_DIR]
                Runs the model over every complete 30 s window of every usable recording in DIR (resampled to
                2 Hz; gaps over 10 s are never bridged) and prints, per recording, the window counts against the
                label (the temperature rises more than 5 °C within the next 20 s), the onset, the first alarm and
                the lead time (onset − first alarm, s; negative = late), then the summary: window precision,
                recall and F1, runaway recordings caught (and before their onset), false alarms per hour on the
                normal recordings, inference time per window.
                  --model MODEL_DIR   a directory written by train; refused with the reason if it is corrupt or
                                      its detector is not installed
                  --recordings DIR    as for train; bad files are reported with the reason and left out
                  --detector ID       refuse the model unless this detector made it
                  --confirm N         raise the alarm only after N alarmed windows in a row (0.5 s apart;
                                      default: the model's calibrated N (train --calibrate), else 1)
                  --csv OUT_DIR       also write OUT_DIR/recordings.csv and OUT_DIR/summary.csv
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("--model", "--recordings", "--detector", "--confirm", "--csv");
    }

    @Override
    public int run(Options options) throws UsageException, CommandFailure {
        if (!options.settings().isEmpty()) {
            throw new UsageException("evaluate takes the model's own settings; --set belongs to train and cv");
        }
        Path directory = Path.of(options.required("--model"));
        String recordingsDir = options.required("--recordings");
        DetectorModel model;
        int defaultConfirm;
        try {
            model = DetectorModelDirectory.load(directory, detectors::find, options.optional("--detector"));
            String calibrated = DetectorModelDirectory.readManifest(directory).evaluation()
                    .get(CalibrationOption.CONFIRM_FIGURE);
            defaultConfirm = calibrated == null ? 1 : Integer.parseInt(calibrated);
        } catch (IOException | RuntimeException e) {
            throw new CommandFailure("model refused: " + e.getMessage(), e);
        }
        AlarmPolicy policy = new AlarmPolicy(options.integer("--confirm", defaultConfirm, 1));
        Detector detector = detectors.find(model.detectorId()).orElseThrow();
        console.out().println("model " + directory + ": detector " + detector.id() + ", settings " + model.settings()
                + ", alarm after " + policy.confirmWindows() + " window(s) in a row");
        RecordingSet set = console.recordings(recordingsDir);
        var recordings = PreparedRecording.all(set.recordings(), detector.window());
        console.report(CrossValidation.evaluate(detector.id(), model, recordings, policy), options.optional("--csv"));
        return DetectCommand.OK;
    }
}
