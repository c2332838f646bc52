package io.batterylab.detector.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.DetectorModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LstmRoundTripTest {

    @Test
    void givenSavedLstm_whenLoadedInAFreshJvm_thenSameRisksToTheLastBit(@TempDir Path dir) throws Exception {
        DetectorModel model = new LstmDetector().train(LstmDetectorTest.rampsAndFlats(), LstmDetectorTest.SMALL);
        model.save(dir);
        String expected = LoadAndAssess.risks(model);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(LoadAndAssess.class.getName(), dir.toString()));
        Process java = new ProcessBuilder(command).start();
        String printed = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(120, TimeUnit.SECONDS));

        assertEquals(0, java.exitValue(), errors);
        assertEquals(expected, printed);
        assertTrue(expected.lines().anyMatch(l -> Double.parseDouble(l) > 0.5)
                && expected.lines().anyMatch(l -> Double.parseDouble(l) < 0.5), "both classes seen: " + expected);
    }
}
