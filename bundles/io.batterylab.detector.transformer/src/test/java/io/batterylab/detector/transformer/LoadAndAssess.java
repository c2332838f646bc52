package io.batterylab.detector.transformer;

import io.batterylab.core.detection.DetectorModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** Run in a fresh JVM by {@link TransformerRoundTripTest}: loads a saved transformer and prints its risks on fixed windows. */
public final class LoadAndAssess {
    private LoadAndAssess() {
    }

    static String risks(DetectorModel model) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            double risk = model.assess(TransformerDetectorTest.ramp(10 + i, 0.05 * i, 0.03, new Random(i))).risk();
            out.append(String.format(Locale.ROOT, "%.17g%n", risk));
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        System.out.print(risks(new TransformerDetector().load(Path.of(args[0]))));
    }
}
