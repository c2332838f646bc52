package io.batterylab.detection.evaluation;

import java.util.Locale;

/** The per-recording table and the summary, as aligned text for people and as CSV for tools. */
public final class ResultTable {
    private static final String CSV_HEADER = "detector,recording,runaway,windows,hours,tp,fp,fn,tn,onset_s,"
            + "first_alarm_s,lead_s,alarm_episodes";

    private ResultTable() {
    }

    public static String text(EvaluationResult result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-30s %-7s %9s %6s %6s %7s %6s %9s %9s %8s %8s%n", "recording",
                "runaway", "windows", "tp", "fp", "fn", "tn/1k", "onset s", "alarm s", "lead s", "episodes"));
        for (RecordingScore s : result.recordings()) {
            out.append(String.format(Locale.ROOT, "%-30s %-7s %9d %6d %6d %7d %6d %9s %9s %8s %8d%n", s.name(),
                    s.runaway() ? "yes" : "no", s.windows(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
                    s.trueNegatives() / 1000, number(s.onsetSeconds()), number(s.firstAlarmSeconds()),
                    number(s.leadSeconds()), s.alarmEpisodes()));
        }
        out.append(summary(result.summary()));
        return out.toString();
    }

    public static String summary(EvaluationSummary s) {
        return String.format(Locale.ROOT, "%s: %d recordings (%d runaway), %d windows; window P %.3f R %.3f F1 %.3f; "
                + "runaway caught %d/%d, before onset %d/%d, lead s min/median/max %s/%s/%s; false alarms %.2f/h "
                + "(%d episodes in %.1f h of normal recordings); inference %.1f µs/window; training %.1f s%n",
                s.detector(), s.recordings(), s.runawayRecordings(), s.windows(), s.precision(), s.recall(), s.f1(),
                s.caught(), s.runawayRecordings(), s.caughtBeforeOnset(), s.runawayRecordings(),
                number(s.leadQuantile(0)), number(s.leadQuantile(0.5)), number(s.leadQuantile(1)),
                s.falseAlarmsPerHour(), s.normalAlarmEpisodes(), s.normalHours(), s.inferenceMicrosPerWindow(),
                s.trainingSeconds());
    }

    public static String csv(EvaluationResult result) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (RecordingScore s : result.recordings()) {
            out.append(String.join(",", result.summary().detector(), s.name(), Boolean.toString(s.runaway()),
                    Long.toString(s.windows()), String.format(Locale.ROOT, "%.4f", s.hours()),
                    Long.toString(s.truePositives()), Long.toString(s.falsePositives()),
                    Long.toString(s.falseNegatives()), Long.toString(s.trueNegatives()), number(s.onsetSeconds()),
                    number(s.firstAlarmSeconds()), number(s.leadSeconds()), Long.toString(s.alarmEpisodes())))
                    .append('\n');
        }
        return out.toString();
    }

    /** The summary as a CSV header and one row ({@link EvaluationSummary#figures()}). */
    public static String summaryCsv(EvaluationSummary summary) {
        var figures = summary.figures();
        return String.join(",", figures.keySet()) + "\n" + String.join(",", figures.values()) + "\n";
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}
