package io.batterylab.detection.recording;

/**
 * One temperature recording as read, before resampling: strictly increasing times (s) and temperatures (°C).
 *
 * @param name the file name, used in reports only (never to decide anything but the runaway mark)
 * @param runaway whether the recording ends in thermal runaway ({@code _exception} in the file name)
 */
public record ThermalRecording(String name, boolean runaway, double[] timesSeconds, double[] temperatures) {
    public ThermalRecording {
        if (timesSeconds.length != temperatures.length) {
            throw new IllegalArgumentException(name + ": " + timesSeconds.length + " times but "
                    + temperatures.length + " temperatures");
        }
    }

    public int size() {
        return timesSeconds.length;
    }

    public double durationSeconds() {
        return timesSeconds[timesSeconds.length - 1] - timesSeconds[0];
    }
}
