package io.batterylab.monitor;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.SensorSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One device's monitor: its window, its enabled detectors, its correction policy and its alarm. Not thread-safe:
 * the caller serialises the samples of one device.
 * <p>
 * A detector with an evaluation hop k &gt; 1 (by detector kind, e.g. {@code lstm} → 2) assesses every k-th sample of
 * the device once its window is full; in between, its verdict of the previous sample holds. The first full window
 * (at the start and after each gap) is always assessed.
 */
public final class DeviceMonitor {
    /** 4 missed samples at 2 Hz make a gap; a clock 60 s behind means the node restarted. */
    static final long GAP_MS = 2_000;
    static final long RESTART_MS = 60_000;

    private final String deviceId;
    private final List<EnabledDetector> detectors;
    private final DeviceWindow window;
    private final CorrectionPolicy corrections;
    private final AlarmTracker alarm;
    private final int longestWindow;
    private final int[] hops;
    /** Per detector: samples since it was last assessed (-1: not since the window was last full). */
    private final int[] sinceAssessed;
    /** Per detector: its assessment of the newest applied sample (what a held sample repeats). */
    private final Assessment[] latest;

    public DeviceMonitor(String deviceId, List<EnabledDetector> detectors, CorrectionRules rules,
            Duration alarmQuietPeriod) {
        this(deviceId, detectors, rules, alarmQuietPeriod, Map.of());
    }

    /** @param hops evaluation hop by detector kind ({@link io.batterylab.core.detection.DetectorModel#detectorId}) */
    public DeviceMonitor(String deviceId, List<EnabledDetector> detectors, CorrectionRules rules,
            Duration alarmQuietPeriod, Map<String, Integer> hops) {
        this.deviceId = deviceId;
        this.detectors = List.copyOf(detectors);
        this.hops = detectors.stream().mapToInt(d -> Math.max(1, hops.getOrDefault(d.model().detectorId(), 1)))
                .toArray();
        this.sinceAssessed = new int[detectors.size()];
        Arrays.fill(sinceAssessed, -1);
        this.latest = new Assessment[detectors.size()];
        this.longestWindow = detectors.stream().mapToInt(d -> d.window().samples()).max().orElse(2);
        this.window = new DeviceWindow(longestWindow, GAP_MS, RESTART_MS);
        this.corrections = new CorrectionPolicy(rules);
        this.alarm = new AlarmTracker(alarmQuietPeriod);
    }

    public String deviceId() {
        return deviceId;
    }

    public List<EnabledDetector> detectors() {
        return detectors;
    }

    /** Takes the sample and assesses it at once: {@link #take} then {@link #apply}. */
    public MonitorStep onSample(SensorSample sample, Instant now) {
        DueSample due = take(sample);
        return apply(due, DetectorBatch.assess(List.of(due)).get(0), now);
    }

    /**
     * Offers the sample to the window and, when the detectors run on it, takes the window each reads (detectors of
     * the same length, most are 60, share one). Its assessment may then be batched with other devices' samples.
     */
    public DueSample take(SensorSample sample) {
        DeviceWindow.Offer offer = window.offer(sample);
        if (offer != DeviceWindow.Offer.ACCEPTED || detectors.isEmpty()) {
            return DueSample.skipped(sample, offer);
        }
        Map<Integer, Optional<SampleWindow>> windows = new HashMap<>(4);
        if (windows.computeIfAbsent(longestWindow, window::window).isEmpty()) {
            Arrays.fill(sinceAssessed, -1);
            return DueSample.skipped(sample, offer);
        }
        List<SampleWindow> each = new ArrayList<>(detectors.size());
        BitSet held = new BitSet();
        for (int d = 0; d < detectors.size(); d++) {
            if (sinceAssessed[d] >= 0 && sinceAssessed[d] + 1 < hops[d]) {
                sinceAssessed[d]++;
                held.set(d);
                each.add(null);
            } else {
                sinceAssessed[d] = 0;
                each.add(windows.computeIfAbsent(detectors.get(d).window().samples(), window::window).orElse(null));
            }
        }
        return new DueSample(sample, offer, detectors, each, held);
    }

    /**
     * Applies a taken sample's assessments (one per enabled detector, null where it made none): the verdict, the
     * correction and the alarm. The samples of a device are applied in the order they were taken.
     */
    public MonitorStep apply(DueSample due, Assessment[] assessments, Instant now) {
        if (!due.assessed()) {
            return MonitorStep.skipped(due.sample(), due.offer());
        }
        Map<String, Assessment> byDetector = new LinkedHashMap<>();
        for (int d = 0; d < assessments.length; d++) {
            Assessment assessment = due.isHeld(d) ? latest[d] : assessments[d];
            latest[d] = assessment;
            if (assessment != null) {
                byDetector.put(due.detectors().get(d).id(), assessment);
            }
        }
        ModelVerdict verdict = ModelVerdict.of(byDetector);
        return new MonitorStep(due.sample(), due.offer(), Optional.of(verdict),
                corrections.decide(due.sample().deviceStatus(), verdict.status(), now), alarm.update(verdict, now));
    }

    /** An alarm of this device still open in the store: it goes on instead of a new one being raised. */
    public void resumeAlarm(io.batterylab.core.plugin.DeviceStatus severity) {
        alarm.resume(severity);
    }

    /** A command a user sent by hand: the automatic corrections hold off as after their own. */
    public void manualStatusSent(io.batterylab.core.plugin.DeviceStatus status, Instant at) {
        corrections.sent(status, at);
    }
}
