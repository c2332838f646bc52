package io.batterylab.detector.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForestRoundTripTest {

    @Test
    void givenSavedForest_whenLoadedInAFreshJvm_thenSameRisksToTheLastBit(@TempDir Path dir) throws Exception {
        List<SampleWindow> windows = new ArrayList<>();
        List<Boolean> runaway = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            windows.add(LoadAndAssess.ramp(i));
            runaway.add(i >= 15);
        }
        DetectorModel model = new ForestDetector().train(new LabelledWindows(windows, runaway),
                new ForestSettings(15, 6, 0.7, 0.5, 3));
        model.save(dir);
        String expected = LoadAndAssess.risks(model);

        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LoadAndAssess.class.getName(), dir.toString())
                .redirectErrorStream(false).start();
        String printed = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(60, TimeUnit.SECONDS));

        assertEquals(0, java.exitValue(), errors);
        assertEquals(expected, printed);
        assertTrue(expected.contains("1.0000") && expected.contains("0.0000"), "both classes seen: " + expected);
    }
}
