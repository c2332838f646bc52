package io.batterylab.detection.evaluation;

import io.batterylab.core.detection.DetectorModel;

/** Runs a model over every complete window of a recording, in time order, and counts. */
public final class RecordingScorer {
    private RecordingScorer() {
    }

    public static RecordingScore score(DetectorModel model, PreparedRecording recording) {
        return score(model, recording, AlarmPolicy.IMMEDIATE);
    }

    /** Scores the alarms as the policy raises them from the model's window verdicts. */
    public static RecordingScore score(DetectorModel model, PreparedRecording recording, AlarmPolicy policy) {
        AlarmPolicy.Stream alarms = policy.stream();
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        long episodes = 0;
        long nanos = 0;
        double firstAlarm = Double.NaN;
        int previousEnd = Integer.MIN_VALUE;
        boolean previousAlarm = false;
        for (int end : recording.windowEnds()) {
            var window = recording.window(end);
            long start = System.nanoTime();
            boolean raw = model.assess(window).alarm();
            nanos += System.nanoTime() - start;
            boolean alarm = alarms.offer(end, raw);
            byte label = recording.labels()[end];
            if (label == 1) {
                tp += alarm ? 1 : 0;
                fn += alarm ? 0 : 1;
            } else if (label == 0) {
                fp += alarm ? 1 : 0;
                tn += alarm ? 0 : 1;
            }
            if (alarm && !(previousAlarm && previousEnd == end - 1)) {
                episodes++;
            }
            if (alarm && Double.isNaN(firstAlarm)) {
                firstAlarm = recording.grid().time(end);
            }
            previousAlarm = alarm;
            previousEnd = end;
        }
        return new RecordingScore(recording.name(), recording.runaway(), recording.windowEnds().length, tp, fp, fn,
                tn, recording.onsetSeconds(), firstAlarm, episodes, recording.grid().periodSeconds(), nanos);
    }
}
