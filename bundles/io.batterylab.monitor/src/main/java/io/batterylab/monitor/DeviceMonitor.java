package io.batterylab.monitor;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.SensorSample;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    /** Per detector: its id and the samples of its window. */
    private final List<String> ids;
    private final int[] lengths;
    /** Whether no id is enabled twice (see {@link #verdictOf}). */
    private final boolean idsOnce;
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
        this.ids = detectors.stream().map(EnabledDetector::id).toList();
        this.idsOnce = Set.copyOf(ids).size() == ids.size();
        this.lengths = detectors.stream().mapToInt(d -> d.window().samples()).toArray();
        this.longestWindow = Arrays.stream(lengths).max().orElse(2);
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
        if (window.size() < longestWindow) {
            Arrays.fill(sinceAssessed, -1);
            return DueSample.skipped(sample, offer);
        }
        SampleWindow[] each = new SampleWindow[detectors.size()];
        BitSet held = DueSample.NONE_HELD;
        for (int d = 0; d < each.length; d++) {
            if (sinceAssessed[d] >= 0 && sinceAssessed[d] + 1 < hops[d]) {
                sinceAssessed[d]++;
                held = held == DueSample.NONE_HELD ? new BitSet() : held;
                held.set(d);
            } else {
                sinceAssessed[d] = 0;
                each[d] = sharedWindow(each, d);
            }
        }
        return new DueSample(sample, offer, detectors, Arrays.asList(each), held);
    }

    /** The window of detector d: one already taken for an earlier detector of its length, else a new one. */
    private SampleWindow sharedWindow(SampleWindow[] taken, int d) {
        int samples = lengths[d];
        for (int e = 0; e < d; e++) {
            if (lengths[e] == samples && taken[e] != null) {
                return taken[e];
            }
        }
        return window.window(samples).orElseThrow();
    }

    /**
     * Applies a taken sample's assessments (one per enabled detector, null where it made none): the verdict, the
     * correction and the alarm. The samples of a device are applied in the order they were taken.
     */
    public MonitorStep apply(DueSample due, Assessment[] assessments, Instant now) {
        if (!due.assessed()) {
            return MonitorStep.skipped(due.sample(), due.offer());
        }
        Assessment[] applied = new Assessment[assessments.length];
        for (int d = 0; d < assessments.length; d++) {
            applied[d] = due.isHeld(d) ? latest[d] : assessments[d];
            latest[d] = applied[d];
        }
        ModelVerdict verdict = verdictOf(applied);
        return new MonitorStep(due.sample(), due.offer(), Optional.of(verdict),
                corrections.decide(due.sample().deviceStatus(), verdict.status(), now), alarm.update(verdict, now));
    }

    private ModelVerdict verdictOf(Assessment[] assessments) {
        if (idsOnce) {
            return ModelVerdict.of(ids, assessments);
        }
        // an id enabled twice: its later assessment takes the earlier one's place, as it always did
        Map<String, Assessment> byId = new LinkedHashMap<>();
        for (int d = 0; d < assessments.length; d++) {
            if (assessments[d] != null) {
                byId.put(ids.get(d), assessments[d]);
            }
        }
        return ModelVerdict.of(byId);
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
