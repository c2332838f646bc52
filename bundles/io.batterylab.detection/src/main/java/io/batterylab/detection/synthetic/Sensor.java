package io.batterylab.detection.synthetic;

import io.batterylab.detection.recording.ThermalRecording;
import java.util.Arrays;
import java.util.Random;

/**
 * How a logger samples the cell: a nominal period with jitter (each interval is period·(1 ± jitter·u), u uniform in
 * [−1, 1], so times stay strictly increasing), Gaussian noise and a resolution the value is rounded to. With
 * {@code relative} it logs the change since its first sample instead of the temperature (as some real normal
 * recordings do).
 */
public record Sensor(double periodSeconds, double jitterShare, double noiseCelsius, double resolutionCelsius,
        boolean relative) {
    public Sensor {
        if (!(periodSeconds > 0) || !(jitterShare >= 0 && jitterShare < 1) || !(noiseCelsius >= 0)
                || !(resolutionCelsius >= 0)) {
            throw new IllegalArgumentException("need period > 0, jitter in [0, 1), noise and resolution >= 0");
        }
    }

    public ThermalRecording sample(String name, boolean runaway, Simulation simulation, Random random) {
        int capacity = (int) (simulation.durationSeconds() / (periodSeconds * (1 - jitterShare))) + 2;
        double[] times = new double[capacity];
        double[] values = new double[capacity];
        int n = 0;
        double first = Double.NaN;
        for (double t = 0; t <= simulation.durationSeconds(); t += periodSeconds * (1 + jitterShare * (2 * random
                .nextDouble() - 1))) {
            double value = simulation.celsiusAt(t) + noiseCelsius * random.nextGaussian();
            if (resolutionCelsius > 0) {
                value = Math.round(value / resolutionCelsius) * resolutionCelsius;
            }
            if (Double.isNaN(first)) {
                first = value;
            }
            times[n] = Math.round(t * 1000) / 1000.0;
            values[n++] = relative ? value - first : value;
        }
        return new ThermalRecording(name, runaway, Arrays.copyOf(times, n), Arrays.copyOf(values, n));
    }
}
