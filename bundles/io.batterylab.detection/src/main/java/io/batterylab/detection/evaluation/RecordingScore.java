package io.batterylab.detection.evaluation;

/**
 * How a detector did on one test recording.
 *
 * @param windows complete windows assessed
 * @param truePositives alarms on positive windows (likewise the other three counts; unlabelled windows count in
 *        none of them)
 * @param onsetSeconds first positive time (NaN if none)
 * @param firstAlarmSeconds end time of the first alarmed window (NaN if none)
 * @param alarmEpisodes runs of consecutive alarmed windows
 * @param assessNanos time spent in {@code assess}
 */
public record RecordingScore(String name, boolean runaway, long windows, long truePositives, long falsePositives,
        long falseNegatives, long trueNegatives, double onsetSeconds, double firstAlarmSeconds, long alarmEpisodes,
        double periodSeconds, long assessNanos) {

    public double hours() {
        return windows * periodSeconds / 3600;
    }

    public boolean caught() {
        return !Double.isNaN(firstAlarmSeconds);
    }

    /** Onset − first alarm in seconds; negative = late; NaN when missed or without onset. */
    public double leadSeconds() {
        return onsetSeconds - firstAlarmSeconds;
    }
}
