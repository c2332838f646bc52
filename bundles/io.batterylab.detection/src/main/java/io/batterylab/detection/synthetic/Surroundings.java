package io.batterylab.detection.synthetic;

/**
 * What acts on the cell from outside, as functions of time: the ambient temperature and an external heating rate.
 *
 * @param ambientCelsius base ambient (°C)
 * @param ambientSwingKelvin amplitude of a slow sinusoidal ambient drift (K; 0 = constant)
 * @param ambientPeriodSeconds period of that drift (s)
 * @param ovenKelvinPerMinute ambient ramp from {@code ovenStartSeconds} on (K/min; 0 = none): a heating-oven test
 * @param ovenStartSeconds when the oven starts heating
 * @param loadKelvinPerSecond Joule heating in use, on for the first half of each load period (K/s; 0 = idle)
 * @param loadPeriodSeconds period of the charge/rest cycle (s)
 * @param abuse the nail or crush short, or null
 */
public record Surroundings(double ambientCelsius, double ambientSwingKelvin, double ambientPeriodSeconds,
        double ovenKelvinPerMinute, double ovenStartSeconds, double loadKelvinPerSecond, double loadPeriodSeconds,
        Abuse abuse) {

    public static Surroundings still(double ambientCelsius) {
        return new Surroundings(ambientCelsius, 0, 1, 0, 0, 0, 1, null);
    }

    public double ambient(double seconds) {
        double oven = ovenKelvinPerMinute * Math.max(0, seconds - ovenStartSeconds) / 60;
        return ambientCelsius + ambientSwingKelvin * Math.sin(2 * Math.PI * seconds / ambientPeriodSeconds) + oven;
    }

    public double heating(double seconds) {
        double load = (seconds % loadPeriodSeconds) < loadPeriodSeconds / 2 ? loadKelvinPerSecond : 0;
        return load + (abuse == null ? 0 : abuse.heating(seconds));
    }

    /**
     * A mechanical abuse that shorts the cell internally: a heating rate for a while (a nail: strong and short; a
     * crush: weaker and longer).
     */
    public record Abuse(String kind, double startSeconds, double kelvinPerSecond, double durationSeconds) {
        public double heating(double seconds) {
            return seconds >= startSeconds && seconds < startSeconds + durationSeconds ? kelvinPerSecond : 0;
        }
    }
}
