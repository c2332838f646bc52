package io.batterylab.ml.portability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same model, same numbers on every x86-64 CPU. Each built-in algorithm is trained here and saved as its model
 * directory; two more JVMs load the models and predict an unseen cell: one held to AVX2 kernels (oneDNN, ATen's own
 * vector code and MKL, each by its own variable), one free to use whatever the processor offers (AVX-512 where
 * present). Both also run the BiLSTM block against torch.nn.LSTM. On a machine without AVX-512 both JVMs take the
 * same path and the test still checks save/load across processes; on one with AVX-512 it compares the two paths.
 */
class CpuPortabilityTest {
    /** Predictions may differ by float rounding only (relative, with one cycle of RUL as the floor). */
    static final double RELATIVE_TOLERANCE = 1e-5;
    static final double TORCH_TOLERANCE = 1e-5;
    /** The variables that hold each numeric library to AVX2: oneDNN (both spellings), ATen, MKL. */
    static final Map<String, String> AVX2_ONLY = Map.of("DNNL_MAX_CPU_ISA", "AVX2", "ONEDNN_MAX_CPU_ISA", "AVX2",
            "ATEN_CPU_CAPABILITY", "avx2", "MKL_ENABLE_INSTRUCTIONS", "AVX2");

    @Test
    void givenModelsSavedHereWhenLoadedInAnAvx2JvmAndInAnUnrestrictedJvmThenBothPredictTheSame(@TempDir Path dir)
            throws Exception {
        Path models = Files.createDirectories(dir.resolve("models"));
        Map<String, double[]> here = new TreeMap<>();
        for (var entry : PortableModels.all().entrySet()) {
            try (TrainedModel model = entry.getValue().algorithm().train(PortableModels.trainingData(),
                    entry.getValue().settings(), TrainingMonitor.silent())) {
                here.put(entry.getKey(), model.predict(PortableModels.unseen()));
                model.save(Files.createDirectory(models.resolve(entry.getKey())));
            }
        }
        PortabilityProbe.Findings avx2 = probe(dir, models, "avx2", AVX2_ONLY);
        PortabilityProbe.Findings unrestricted = probe(dir, models, "unrestricted", Map.of());
        System.out.printf("CPU: %s; AVX-512: %s%n", cpuModel(), hasAvx512() ? "yes, two kernel paths compared"
                : "no, both JVMs take the AVX2 path");
        System.out.printf("ATen kernels: %s in the AVX2 JVM, %s in the unrestricted one%n", avx2.atenCapability(),
                unrestricted.atenCapability());
        assertEquals("AVX2", avx2.atenCapability(), "the AVX2 JVM was not held to AVX2");
        if (hasAvx512()) {
            assertEquals("AVX512", unrestricted.atenCapability(), "AVX-512 machine, but the paths were not compared");
        }
        for (var findings : List.of(avx2, unrestricted)) {
            assertFalse(findings.oneDnnEnabled(), "libtorch in the probe JVM runs on oneDNN kernels");
            assertTrue(findings.lstmReferenceDifference() < TORCH_TOLERANCE,
                    "BiLSTM block differs from torch.nn.LSTM by " + findings.lstmReferenceDifference());
        }
        for (String id : here.keySet()) {
            double avx2VsOther = largestRelativeDifference(avx2.predictions().get(id), unrestricted.predictions().get(id));
            double hereVsAvx2 = largestRelativeDifference(here.get(id), avx2.predictions().get(id));
            System.out.printf("%-8s AVX2 JVM vs unrestricted JVM %.2e, trained here vs AVX2 JVM %.2e (relative)%n", id,
                    avx2VsOther, hereVsAvx2);
            assertTrue(avx2VsOther <= RELATIVE_TOLERANCE, id + ": AVX2 and unrestricted JVMs differ by " + avx2VsOther);
            assertTrue(hereVsAvx2 <= RELATIVE_TOLERANCE, id + ": reloaded model differs by " + hereVsAvx2);
        }
    }

    static PortabilityProbe.Findings probe(Path dir, Path models, String name, Map<String, String> variables)
            throws IOException, InterruptedException {
        Path out = dir.resolve(name + ".json");
        Path log = dir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-cp", testClassPath(),
                PortabilityProbe.class.getName(), models.toString(), TorchLstmReference.FIXTURE.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        AVX2_ONLY.keySet().forEach(builder.environment()::remove);
        builder.environment().putAll(variables);
        Process process = builder.start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertTrue(finished, name + " JVM did not finish within 3 minutes:\n" + Files.readString(log));
        assertEquals(0, process.exitValue(), name + " JVM failed:\n" + Files.readString(log));
        return PortabilityProbe.JSON.readValue(out.toFile(), PortabilityProbe.Findings.class);
    }

    /** Surefire starts tests from a manifest-only jar; the real class path is in this property. */
    static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    static double largestRelativeDifference(double[] a, double[] b) {
        assertEquals(a.length, b.length, "prediction count");
        double largest = 0;
        for (int i = 0; i < a.length; i++) {
            assertEquals(Double.isNaN(a[i]), Double.isNaN(b[i]), "row " + i + " predicted in one JVM only");
            if (!Double.isNaN(a[i])) {
                largest = Math.max(largest, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
            }
        }
        return largest;
    }

    static boolean hasAvx512() throws IOException {
        return Files.readString(Path.of("/proc/cpuinfo")).contains(" avx512f");
    }

    static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown");
    }
}
