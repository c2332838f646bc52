package io.batterylab.test.support;

import io.batterylab.core.detection.Detector;
import java.nio.file.Path;

/**
 * Run in a fresh JVM by {@link SequenceDetectorContract}: loads a saved model with the named detector class and prints
 * its risks on fixed windows.
 */
public final class LoadAndAssess {
    private LoadAndAssess() {
    }

    /** Arguments: the detector's class name, the model's directory. */
    public static void main(String[] args) throws Exception {
        Detector detector = (Detector) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        System.out.print(SequenceDetectorContract.risks(detector.load(Path.of(args[1]))));
    }
}
