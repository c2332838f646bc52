package io.batterylab.detector.lstm;

import io.batterylab.core.detection.DetectorModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** Run in a fresh JVM by {@link LstmRoundTripTest}: loads a saved LSTM and prints its risks on fixed windows. */
public final class LoadAndAssess {
    private LoadAndAssess() {
    }

    static String risks(DetectorModel model) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            double risk = model.assess(LstmDetectorTest.ramp(10 + i, 0.05 * i, 0.03, new Random(i))).risk();
            out.append(String.format(Locale.ROOT, "%.17g%n", risk));
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        System.out.print(risks(new LstmDetector().load(Path.of(args[0]))));
    }
}
