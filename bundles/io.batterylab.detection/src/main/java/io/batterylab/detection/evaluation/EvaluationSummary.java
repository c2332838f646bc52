package io.batterylab.detection.evaluation;

import java.util.List;

/**
 * The figures of one evaluation. Window precision/recall/F1 are pooled over every labelled window of every test
 * recording; lead times are over the caught runaway recordings; false alarms per hour count alarm episodes on
 * the normal recordings over the hours of windows assessed there.
 */
public record EvaluationSummary(String detector, int recordings, int runawayRecordings, long windows,
        double precision, double recall, double f1, int caught, int caughtBeforeOnset, List<Double> leadSeconds,
        long normalAlarmEpisodes, double normalHours, double inferenceMicrosPerWindow, double trainingSeconds) {

    public EvaluationSummary {
        leadSeconds = List.copyOf(leadSeconds);
    }

    public static EvaluationSummary of(String detector, List<RecordingScore> scores, double trainingSeconds) {
        WindowCounts counts = new WindowCounts(0, 0, 0);
        long windows = 0;
        long nanos = 0;
        long episodes = 0;
        double normalHours = 0;
        int runaway = 0;
        int caught = 0;
        int early = 0;
        List<Double> leads = new java.util.ArrayList<>();
        for (RecordingScore s : scores) {
            counts = counts.plus(s.truePositives(), s.falsePositives(), s.falseNegatives());
            windows += s.windows();
            nanos += s.assessNanos();
            if (s.runaway()) {
                runaway++;
                if (s.caught()) {
                    caught++;
                    leads.add(s.leadSeconds());
                    early += s.leadSeconds() >= 0 ? 1 : 0;
                }
            } else {
                episodes += s.alarmEpisodes();
                normalHours += s.hours();
            }
        }
        leads.sort(null);
        return new EvaluationSummary(detector, scores.size(), runaway, windows, counts.precision(), counts.recall(),
                counts.f1(), caught, early,
                leads, episodes, normalHours, windows == 0 ? Double.NaN : nanos / 1000.0 / windows, trainingSeconds);
    }

    public double falseAlarmsPerHour() {
        return normalHours == 0 ? Double.NaN : normalAlarmEpisodes / normalHours;
    }

    /** The q-quantile (0..1, nearest rank) of the lead times; NaN when nothing was caught. */
    public double leadQuantile(double q) {
        if (leadSeconds.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.round(q * (leadSeconds.size() - 1));
        return leadSeconds.get(index);
    }
}
