package io.batterylab.monitor;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.SensorSample;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One device's monitor: its window, its enabled detectors, its correction policy and its alarm. Not thread-safe:
 * the caller serialises the samples of one device.
 */
public final class DeviceMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceMonitor.class);
    /** 4 missed samples at 2 Hz make a gap; a clock 60 s behind means the node restarted. */
    static final long GAP_MS = 2_000;
    static final long RESTART_MS = 60_000;

    private final String deviceId;
    private final List<EnabledDetector> detectors;
    private final DeviceWindow window;
    private final CorrectionPolicy corrections;
    private final AlarmTracker alarm;
    private final int longestWindow;

    public DeviceMonitor(String deviceId, List<EnabledDetector> detectors, CorrectionRules rules,
            Duration alarmQuietPeriod) {
        this.deviceId = deviceId;
        this.detectors = List.copyOf(detectors);
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

    public MonitorStep onSample(SensorSample sample, Instant now) {
        DeviceWindow.Offer offer = window.offer(sample);
        if (offer != DeviceWindow.Offer.ACCEPTED || detectors.isEmpty()) {
            return MonitorStep.skipped(sample, offer);
        }
        // one window per distinct length per sample: detectors of the same length (most are 60) share it
        Map<Integer, Optional<SampleWindow>> windows = new HashMap<>(4);
        if (windows.computeIfAbsent(longestWindow, window::window).isEmpty()) {
            return MonitorStep.skipped(sample, offer);
        }
        ModelVerdict verdict = ModelVerdict.of(assess(windows));
        return new MonitorStep(sample, offer, Optional.of(verdict),
                corrections.decide(sample.deviceStatus(), verdict.status(), now), alarm.update(verdict, now));
    }

    /** An alarm of this device still open in the store: it goes on instead of a new one being raised. */
    public void resumeAlarm(io.batterylab.core.plugin.DeviceStatus severity) {
        alarm.resume(severity);
    }

    /** A command a user sent by hand: the automatic corrections hold off as after their own. */
    public void manualStatusSent(io.batterylab.core.plugin.DeviceStatus status, Instant at) {
        corrections.sent(status, at);
    }

    private Map<String, Assessment> assess(Map<Integer, Optional<SampleWindow>> windows) {
        Map<String, Assessment> assessments = new LinkedHashMap<>();
        for (EnabledDetector detector : detectors) {
            try {
                windows.computeIfAbsent(detector.window().samples(), window::window)
                        .ifPresent(w -> assessments.put(detector.id(), detector.model().assess(w)));
            } catch (RuntimeException e) {
                // a detector that cannot read this device's window (e.g. a channel it lacks) must not stop the others
                LOG.debug("Detector {} cannot assess device {}: {}", detector.id(), deviceId, e.getMessage());
            }
        }
        return assessments;
    }
}
