package io.batterylab.detection.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /**
     * The figures by name, in a fixed order, as plain numbers (NaN as an empty string): the summary CSV row and
     * the evaluation recorded in a model's manifest.
     */
    public Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("detector", detector);
        figures.put("recordings", Integer.toString(recordings));
        figures.put("runaway_recordings", Integer.toString(runawayRecordings));
        figures.put("windows", Long.toString(windows));
        figures.put("precision", number(precision, "%.4f"));
        figures.put("recall", number(recall, "%.4f"));
        figures.put("f1", number(f1, "%.4f"));
        figures.put("caught", Integer.toString(caught));
        figures.put("caught_before_onset", Integer.toString(caughtBeforeOnset));
        figures.put("lead_s_min", number(leadQuantile(0), "%.1f"));
        figures.put("lead_s_median", number(leadQuantile(0.5), "%.1f"));
        figures.put("lead_s_max", number(leadQuantile(1), "%.1f"));
        figures.put("false_alarms_per_hour", number(falseAlarmsPerHour(), "%.4f"));
        figures.put("normal_alarm_episodes", Long.toString(normalAlarmEpisodes));
        figures.put("normal_hours", number(normalHours, "%.3f"));
        figures.put("inference_us_per_window", number(inferenceMicrosPerWindow, "%.2f"));
        figures.put("training_s", number(trainingSeconds, "%.2f"));
        return figures;
    }

    private static String number(double value, String format) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, format, value);
    }
}
