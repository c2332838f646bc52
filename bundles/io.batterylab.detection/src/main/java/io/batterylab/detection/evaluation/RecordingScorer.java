package io.batterylab.detection.evaluation;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.SampleWindow;
import java.util.ArrayList;
import java.util.List;

/** Runs a model over every complete window of a recording, in time order (in batches), and counts. */
public final class RecordingScorer {
    /** Windows handed to {@link DetectorModel#assessAll} at a time. */
    private static final int BATCH = 1024;

    private RecordingScorer() {
    }

    /**
     * The model's assessment of every complete window of a recording, in the order of its window ends.
     *
     * @param risks per window end
     * @param alarms the model's own verdict per window end
     * @param assessNanos time spent in the model
     */
    public record Assessed(PreparedRecording recording, double[] risks, boolean[] alarms, long assessNanos) {
    }

    public static RecordingScore score(DetectorModel model, PreparedRecording recording) {
        return score(model, recording, AlarmPolicy.IMMEDIATE);
    }

    /** Scores the alarms as the policy raises them from the model's window verdicts. */
    public static RecordingScore score(DetectorModel model, PreparedRecording recording, AlarmPolicy policy) {
        Assessed assessed = assess(model, recording);
        return count(recording, assessed.alarms(), policy, assessed.assessNanos());
    }

    /** Scores the alarms as the policy raises them from windows whose risk is at least {@code alarmAt}. */
    public static RecordingScore score(Assessed assessed, double alarmAt, AlarmPolicy policy) {
        double[] risks = assessed.risks();
        boolean[] alarms = new boolean[risks.length];
        for (int k = 0; k < risks.length; k++) {
            alarms[k] = risks[k] >= alarmAt;
        }
        return count(assessed.recording(), alarms, policy, assessed.assessNanos());
    }

    public static Assessed assess(DetectorModel model, PreparedRecording recording) {
        int[] ends = recording.windowEnds();
        double[] risks = new double[ends.length];
        boolean[] alarms = new boolean[ends.length];
        long nanos = 0;
        for (int from = 0; from < ends.length; from += BATCH) {
            int to = Math.min(ends.length, from + BATCH);
            List<SampleWindow> windows = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                windows.add(recording.window(ends[k]));
            }
            long start = System.nanoTime();
            List<Assessment> assessments = model.assessAll(windows);
            nanos += System.nanoTime() - start;
            for (int k = from; k < to; k++) {
                risks[k] = assessments.get(k - from).risk();
                alarms[k] = assessments.get(k - from).alarm();
            }
        }
        return new Assessed(recording, risks, alarms, nanos);
    }

    /** @param rawAlarms per window end (in the order of the recording's window ends), before the policy */
    private static RecordingScore count(PreparedRecording recording, boolean[] rawAlarms, AlarmPolicy policy,
            long nanos) {
        AlarmPolicy.Stream alarms = policy.stream();
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        long episodes = 0;
        double firstAlarm = Double.NaN;
        int previousEnd = Integer.MIN_VALUE;
        boolean previousAlarm = false;
        int[] ends = recording.windowEnds();
        for (int k = 0; k < ends.length; k++) {
            int end = ends[k];
            boolean alarm = alarms.offer(end, rawAlarms[k]);
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
        return new RecordingScore(recording.name(), recording.runaway(), ends.length, tp, fp, fn, tn,
                recording.onsetSeconds(), firstAlarm, episodes, recording.grid().periodSeconds(), nanos);
    }
}
