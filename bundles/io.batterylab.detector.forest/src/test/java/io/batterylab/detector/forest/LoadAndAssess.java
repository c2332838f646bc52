package io.batterylab.detector.forest;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.SampleWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.IntStream;

/** Run in a fresh JVM by {@link ForestRoundTripTest}: loads a saved forest and prints its risks on fixed ramps. */
public final class LoadAndAssess {
    private LoadAndAssess() {
    }

    static SampleWindow ramp(int i) {
        return SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5,
                IntStream.range(0, 60).mapToDouble(k -> 10 + i + 0.05 * i * 0.5 * k + 0.03 * Math.sin(k + i)).toArray());
    }

    static String risks(DetectorModel model) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            out.append(String.format(Locale.ROOT, "%.17g%n", model.assess(ramp(i)).risk()));
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        System.out.print(risks(new ForestDetector().load(Path.of(args[0]))));
    }
}
