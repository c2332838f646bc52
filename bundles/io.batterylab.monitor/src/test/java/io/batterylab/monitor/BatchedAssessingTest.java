package io.batterylab.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.detector.lstm.LstmDetector;
import io.batterylab.detector.lstm.LstmSettings;
import io.batterylab.detector.rise.RiseDetector;
import io.batterylab.detector.threshold.ThresholdDetector;
import io.batterylab.test.support.SequenceDetectorContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Batching changes nothing a user sees: the same sample stream of many devices gives the same verdicts, corrections and
 * alarms when their windows are assessed in batches (one {@code assessAll} per detector model) as one at a time. Real
 * detectors: the threshold rule and the rate of rise (one model per device) and an LSTM trained on synthetic ramps
 * (one model shared by all devices, so a batch is one forward pass).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchedAssessingTest {
    private static final Duration QUIET = Duration.ofSeconds(5);
    private static final double RISK_DIGITS = 1e-6;
    private final ThresholdDetector threshold = new ThresholdDetector();
    private final RiseDetector rise = new RiseDetector();
    private final LstmDetector lstm = new LstmDetector();
    private DetectorModel lstmModel;

    @BeforeAll
    void trainLstm() {
        lstmModel = lstm.train(SequenceDetectorContract.rampsAndFlats(), new LstmSettings(8, 1, 15, 0.01, 0.5, 7));
    }

    @Test
    void givenTheSameStreamOfManyDevices_whenAssessedInBatches_thenTheSameVerdictsCorrectionsAndAlarmsAsOneByOne() {
        List<SensorSample> stream = stream();
        Map<String, List<MonitorStep>> oneByOne = oneByOne(stream);

        for (int batch : new int[] {2, 7, 64, 1_000}) {
            assertSame(oneByOne, batched(stream, batch), batch);
        }
        List<MonitorStep> all = oneByOne.values().stream().flatMap(List::stream).toList();
        assertTrue(all.stream().anyMatch(s -> s.alarm().orElse(null) instanceof AlarmChange.Raised), "an alarm raised");
        assertTrue(all.stream().anyMatch(s -> s.alarm().orElse(null) instanceof AlarmChange.Cleared), "one cleared");
        assertTrue(all.stream().anyMatch(s -> s.correction().isPresent()), "a correction");
        assertTrue(all.stream().anyMatch(s -> s.verdict().map(v -> v.alarmingDetectors().contains("lstm"))
                .orElse(false)), "the LSTM alarmed");
        assertTrue(all.stream().anyMatch(s -> s.verdict().map(v -> v.risk() > 0 && v.risk() < 1).orElse(false)));
    }

    /**
     * An evaluation hop of 3 for the LSTM: batched still equals one by one; the LSTM assesses about a third of the
     * windows; on a held sample its verdict of the device's previous sample holds; and each device's first LSTM alarm
     * comes at most 2 samples later than without the hop.
     */
    @Test
    void givenAnLstmHopOf3_thenBatchedEqualsOneByOneAThirdOfTheWindowsAreAssessedAndAlarmsComeAtMost2SamplesLater() {
        List<SensorSample> stream = stream();
        Map<String, List<MonitorStep>> every = oneByOne(stream);
        DetectorModel counted = lstmModel;
        int[] windows = new int[1];
        lstmModel = new DetectorModel() {
            @Override
            public String detectorId() {
                return counted.detectorId();
            }

            @Override
            public Record settings() {
                return counted.settings();
            }

            @Override
            public io.batterylab.core.detection.Assessment assess(io.batterylab.core.detection.SampleWindow window) {
                windows[0]++;
                return counted.assess(window);
            }

            @Override
            public List<io.batterylab.core.detection.Assessment> assessAll(
                    List<io.batterylab.core.detection.SampleWindow> all) {
                windows[0] += all.size();
                return counted.assessAll(all);
            }

            @Override
            public void save(java.nio.file.Path directory) throws java.io.IOException {
                counted.save(directory);
            }
        };
        try {
            Map<String, Integer> hops = Map.of("lstm", 3);
            Map<String, List<MonitorStep>> hopped = oneByOne(stream, hops);
            int assessedOneByOne = windows[0];
            assertSame(hopped, batched(stream, 64, hops), 64);
            windows[0] = 0;
            oneByOne(stream, Map.of());
            int assessedEvery = windows[0];
            // each run of full windows (a device's, and one more after the hole) starts with an assessed window
            assertTrue(assessedOneByOne * 3 <= assessedEvery + 3 * (every.size() + 1)
                    && assessedOneByOne * 3 >= assessedEvery,
                    assessedOneByOne + " of " + assessedEvery + " windows");
        } finally {
            lstmModel = counted;
        }
        Map<String, List<MonitorStep>> hopped = oneByOne(stream, Map.of("lstm", 3));
        boolean anyAlarm = false;
        for (String device : every.keySet()) {
            int first = firstLstmAlarm(every.get(device));
            int firstHopped = firstLstmAlarm(hopped.get(device));
            anyAlarm |= first >= 0;
            assertEquals(first < 0, firstHopped < 0, device);
            assertTrue(firstHopped >= first && firstHopped <= first + 2, device + ": " + first + " → " + firstHopped);
        }
        assertTrue(anyAlarm, "the LSTM alarmed somewhere");
    }

    private static int firstLstmAlarm(List<MonitorStep> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).verdict().map(v -> v.alarmingDetectors().contains("lstm")).orElse(false)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Step by step, so that a difference names the device and the sample. All of a step is the same but the risks,
     * which may differ in the 8th digit: libtorch sums a batch's float32 products in another order than one window's.
     */
    private static void assertSame(Map<String, List<MonitorStep>> expected, Map<String, List<MonitorStep>> actual,
            int batch) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((device, steps) -> {
            assertEquals(steps.size(), actual.get(device).size(), device);
            for (int i = 0; i < steps.size(); i++) {
                MonitorStep want = steps.get(i);
                MonitorStep got = actual.get(device).get(i);
                String where = "batches of " + batch + ", " + device + ", sample " + i + ": " + got;
                assertEquals(withoutRisk(want), withoutRisk(got), where);
                assertEquals(want.verdict().map(ModelVerdict::risk).orElse(-1.0),
                        got.verdict().map(ModelVerdict::risk).orElse(-1.0), RISK_DIGITS, where);
                assertEquals(alarmRisk(want), alarmRisk(got), RISK_DIGITS, where);
            }
        });
    }

    private static MonitorStep withoutRisk(MonitorStep step) {
        return new MonitorStep(step.sample(), step.offer(),
                step.verdict().map(v -> new ModelVerdict(v.status(), 0, v.alarmingDetectors())), step.correction(),
                step.alarm().map(a -> switch (a) {
                    case AlarmChange.Raised r -> new AlarmChange.Raised(r.severity(), 0, r.detectors());
                    case AlarmChange.Escalated e -> new AlarmChange.Escalated(e.severity(), 0, e.detectors());
                    case AlarmChange.Cleared c -> c;
                }));
    }

    private static double alarmRisk(MonitorStep step) {
        return step.alarm().map(a -> switch (a) {
            case AlarmChange.Raised r -> r.risk();
            case AlarmChange.Escalated e -> e.risk();
            case AlarmChange.Cleared c -> -1.0;
        }).orElse(-1.0);
    }

    private Map<String, List<MonitorStep>> oneByOne(List<SensorSample> stream) {
        return oneByOne(stream, Map.of());
    }

    private Map<String, List<MonitorStep>> oneByOne(List<SensorSample> stream, Map<String, Integer> hops) {
        Map<String, DeviceMonitor> monitors = new LinkedHashMap<>();
        Map<String, List<MonitorStep>> steps = new LinkedHashMap<>();
        for (SensorSample sample : stream) {
            steps.computeIfAbsent(sample.deviceId(), id -> new ArrayList<>())
                    .add(monitor(monitors, sample.deviceId(), hops).onSample(sample, at(sample)));
        }
        return steps;
    }

    private Map<String, List<MonitorStep>> batched(List<SensorSample> stream, int size) {
        return batched(stream, size, Map.of());
    }

    private Map<String, List<MonitorStep>> batched(List<SensorSample> stream, int size, Map<String, Integer> hops) {
        Map<String, DeviceMonitor> monitors = new LinkedHashMap<>();
        Map<String, List<MonitorStep>> steps = new LinkedHashMap<>();
        for (int from = 0; from < stream.size(); from += size) {
            List<SensorSample> batch = stream.subList(from, Math.min(stream.size(), from + size));
            List<DueSample> due = batch.stream().map(s -> monitor(monitors, s.deviceId(), hops).take(s)).toList();
            List<io.batterylab.core.detection.Assessment[]> assessed = DetectorBatch.assess(due);
            for (int i = 0; i < due.size(); i++) {
                SensorSample sample = batch.get(i);
                steps.computeIfAbsent(sample.deviceId(), id -> new ArrayList<>())
                        .add(monitors.get(sample.deviceId()).apply(due.get(i), assessed.get(i), at(sample)));
            }
        }
        return steps;
    }

    private DeviceMonitor monitor(Map<String, DeviceMonitor> monitors, String deviceId, Map<String, Integer> hops) {
        return monitors.computeIfAbsent(deviceId, id -> new DeviceMonitor(id, List.of(untrained(threshold),
                untrained(rise), new EnabledDetector("lstm", lstmModel, lstm.window())), CorrectionRules.DEFAULTS,
                QUIET, hops));
    }

    private static EnabledDetector untrained(Detector detector) {
        return new EnabledDetector(detector.id(), detector.train(null, detector.defaultSettings()), detector.window());
    }

    private static Instant at(SensorSample sample) {
        return Instant.ofEpochMilli(sample.timestampMs() + 15);
    }

    /**
     * Nine nodes at 2 Hz for 3 min, interleaved as they arrive: flat cells, cells running away, one that runs away and
     * cools down again, one with a hole of 10 s, and one without the internal temperature the LSTM reads.
     */
    private static List<SensorSample> stream() {
        Random random = new Random(3);
        List<SensorSample> stream = new ArrayList<>();
        long start = 1_700_000_000_000L;
        for (int i = 0; i < 360; i++) {
            long t = start + i * 500L;
            double s = i * 0.5;
            for (int d = 0; d < 4; d++) {
                stream.add(Samples.at("flat-" + d, t + d, 24 + d + 0.05 * random.nextGaussian()));
            }
            for (int d = 0; d < 2; d++) {
                double heat = s < 60 ? 0 : Math.min(90, (s - 60) * (0.8 + 0.4 * d));
                DeviceStatus status = 25 + heat > 60 ? DeviceStatus.WARNING : DeviceStatus.NORMAL;
                stream.add(Samples.at("runaway-" + d, t + 4 + d, 25 + heat + 0.05 * random.nextGaussian(), status));
            }
            double bump = s < 50 ? 0 : s < 90 ? (s - 50) * 1.5 : Math.max(0, 60 - (s - 90) * 2);
            stream.add(Samples.at("cools-down", t + 6, 25 + bump + 0.05 * random.nextGaussian()));
            if (s < 70 || s >= 80) {
                stream.add(Samples.at("with-hole", t + 7, 30 + 0.05 * random.nextGaussian()));
            }
            stream.add(new SensorSample("ambient-only", t + 8, Map.of(Channels.TEMP_AMBIENT, 25.0), Map.of(),
                    DeviceStatus.NORMAL));
        }
        return stream;
    }
}
