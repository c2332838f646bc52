package io.batterylab.benchmarks.monitor;

import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.detector.lstm.LstmDetector;
import io.batterylab.detector.threshold.ThresholdDetector;
import io.batterylab.device.mqtt.PayloadResult;
import io.batterylab.device.mqtt.SensorPayloadParser;
import io.batterylab.monitor.DeviceWindow;
import io.batterylab.test.support.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's per-sample budget, stage by stage, without a broker: what one sample costs in CPU (the whole process's,
 * so libtorch's own threads count) and in wall time on one worker thread, for the stages of the monitor's path —
 * reading the SPEC §9 payload, the device's window (offer + the 60-sample detector window), and each detector on
 * batches of windows as a worker hands them over. CPU time, unlike wall time, hardly moves with the other processes
 * on the machine. The models are the load benchmark's (forest defaults, LSTM 3 epochs, all 55 recordings); the
 * {@code lstm} rows are the product's path (the LSTM in Java), the {@code lstm on libtorch} rows the same model
 * loaded with {@code batterylab.detection.javaLstm=false}.
 * The store's share comes from {@code SampleStoreBenchmark}. Figures only, nothing asserted.
 *
 * <p>{@code -Dbenchmark.stageDevices=2000} devices, each 120 samples at 2 Hz.
 */
class MonitorStagesBenchmark {
    private static final int SAMPLES_PER_DEVICE = 120;
    private static final int WINDOW = 60;
    private static final String SINGLE_THREAD_BELOW = "batterylab.training.singleThreadBelow";
    private static final String JAVA_LSTM = "batterylab.detection.javaLstm";

    @Test
    void monitorStages() throws Exception {
        int devices = Integer.getInteger("benchmark.stageDevices", 2000);
        TrainedDetectors trained = TrainedDetectors.train(SharedData.file("thermal/csv"),
                Integer.getInteger("benchmark.lstmEpochs", 3));
        ThresholdDetector thresholdDetector = new ThresholdDetector();
        DetectorModel threshold = thresholdDetector.train(null, thresholdDetector.defaultSettings());
        DetectorModel forest = trained.find("forest").orElseThrow().train(null, null);
        DetectorModel lstm = trained.find("lstm").orElseThrow().train(null, null);
        DetectorModel lstmOnLibtorch = onLibtorch(lstm);

        int total = devices * SAMPLES_PER_DEVICE;
        byte[][] payloads = new byte[total][];
        String[] topics = new String[total];
        for (int i = 0; i < total; i++) {
            payloads[i] = LoadGenerator.payload();
            topics[i] = "btr/" + LoadGenerator.deviceId(i % devices) + "/sensor";
        }
        SensorPayloadParser parser = new SensorPayloadParser(4096);
        SensorSample[] samples = new SensorSample[total];
        for (int round = 0; round < 2; round++) { // the first round warms up the JIT
            Stage json = Stage.run("JSON payload → sample (Jackson)", total, i -> {
                PayloadResult result = parser.parse(topics[i], payloads[i]);
                SensorSample read = ((PayloadResult.Accepted) result).sample();
                // the device clock of a node at 2 Hz (the generator's wall clock would not be regular)
                samples[i] = new SensorSample(read.deviceId(), (i / devices) * 500L, read.channels(),
                        read.thresholds(), read.deviceStatus());
            });
            List<SampleWindow> windows = new ArrayList<>(total);
            DeviceWindow[] held = new DeviceWindow[devices];
            for (int d = 0; d < devices; d++) {
                held[d] = new DeviceWindow(WINDOW, 2_000, 60_000);
            }
            Stage window = Stage.run("device window: offer + 60-sample window", total, i -> {
                DeviceWindow w = held[i % devices];
                w.offer(samples[i]);
                w.window(WINDOW).ifPresent(windows::add);
            });
            if (round == 1) {
                print(devices, json);
                print(devices, window);
            }
            for (int batch : new int[] {256, 32}) {
                for (var model : List.of(threshold, forest, lstm)) {
                    detector(round, batch, model, windows, model.detectorId());
                }
                detector(round, batch, lstmOnLibtorch, windows, "lstm on libtorch");
                // the LSTM on the configured libtorch threads (2) instead of the one its size gets
                System.setProperty(SINGLE_THREAD_BELOW, "0");
                try {
                    detector(round, batch, lstmOnLibtorch, windows, "lstm on 2 libtorch threads");
                } finally {
                    System.clearProperty(SINGLE_THREAD_BELOW);
                }
            }
        }
    }

    /** The same LSTM loaded with {@code batterylab.detection.javaLstm=false}: its windows go to libtorch. */
    private static DetectorModel onLibtorch(DetectorModel lstm) throws IOException {
        Path dir = Files.createTempDirectory("lstm-on-libtorch");
        lstm.save(dir);
        System.setProperty(JAVA_LSTM, "false");
        try {
            return new LstmDetector().load(dir);
        } finally {
            System.clearProperty(JAVA_LSTM);
        }
    }

    private static void detector(int round, int batch, DetectorModel model, List<SampleWindow> windows, String name) {
        Stage stage = Stage.run(name + ", batches of " + batch, windows.size() / batch,
                b -> model.assessAll(windows.subList(b * batch, (b + 1) * batch)));
        if (round == 1) {
            System.out.printf("[benchmark] monitor stages | %s | %.1f | %.1f |%n", stage.name(),
                    stage.cpuMicros() / batch, stage.wallMicros() / batch);
        }
    }

    private static void print(int devices, Stage stage) {
        System.out.printf("[benchmark] monitor stages | %s | %.1f | %.1f | (%d devices)%n", stage.name(),
                stage.cpuMicros(), stage.wallMicros(), devices);
    }

    /** CPU (whole process) and wall time per call of one stage. */
    private record Stage(String name, double cpuMicros, double wallMicros) {
        static Stage run(String name, int calls, IntConsumer call) {
            long self = ProcessHandle.current().pid();
            ProcessUsage before = ProcessUsage.of(self);
            long t0 = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                call.accept(i);
            }
            double wall = (System.nanoTime() - t0) / 1e3;
            ProcessUsage after = ProcessUsage.of(self);
            return new Stage(name, (after.cpuSeconds() - before.cpuSeconds()) * 1e6 / calls, wall / calls);
        }
    }
}
