package io.batterylab.rest.resources;

import io.batterylab.monitor.Alarm;
import io.batterylab.monitor.DetectorChoice;
import io.batterylab.monitor.MonitorService;
import io.batterylab.monitor.MonitoredDevice;
import io.batterylab.monitor.StoredSample;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of monitored devices, their samples and alarms. Statuses are lower-case ("normal", "warning",
 * "danger"); a status, risk or time not known yet is null; times are ISO-8601 instants.
 */
public final class DeviceDto {
    private DeviceDto() {
    }

    /**
     * A claim of a node id.
     *
     * @param deviceId the id the node publishes under ({@code btr/{deviceId}/sensor}): 1 to 64 letters, digits, '.',
     *        '_' or '-'
     * @param name what people call it (1 to 255 characters)
     */
    public record ClaimForm(String deviceId, String name) {
    }

    public record RenameForm(String name) {
    }

    /**
     * @param detectors what runs on the device's samples, in order: detector ids that run untrained (e.g.
     *        "threshold", "rise") and the caller's trained detector models as "model:{id}" (see
     *        {@code GET /api/detector-choices})
     */
    public record DetectorsForm(List<String> detectors) {
    }

    /** @param status "normal", "warning" or "danger", sent to the node's {@code statue} topic */
    public record StatusForm(String status) {
    }

    /**
     * @param deviceStatus the node's own status in its newest sample
     * @param modelStatus the detectors' newest verdict
     * @param modelRisk the risk (0 to 1) of that verdict
     * @param detectorProblems why a part of {@code detectors} does not run (e.g. a deleted model, replaced by the
     *        threshold detector); empty when all of it runs
     */
    public record DeviceView(String deviceId, String name, List<String> detectors, String createdAt, String lastSeen,
            String deviceStatus, String modelStatus, Double modelRisk, List<String> detectorProblems) {
        static DeviceView of(MonitoredDevice d, MonitorService monitor) {
            return new DeviceView(d.deviceId(), d.name(), d.detectors(), TrainingDto.time(d.createdAt()),
                    TrainingDto.time(d.lastSeen()), status(d.lastDeviceStatus()), status(d.lastModelStatus()),
                    d.lastModelStatus() == null ? null : Dto.finite(d.lastModelRisk()),
                    monitor.detectorProblems(d.userId(), d.deviceId()));
        }
    }

    /**
     * Something the caller can run on a device.
     *
     * @param id what to put in a device's {@code detectors}: a detector id, or "model:{id}" for a trained model
     * @param trained whether it is one of the caller's trained detector models
     */
    public record DetectorChoiceView(String id, String name, String description, boolean trained) {
        static DetectorChoiceView of(DetectorChoice choice) {
            return new DetectorChoiceView(choice.id(), choice.name(), choice.description(), choice.trained());
        }
    }

    public record DetectorChoiceList(List<DetectorChoiceView> items) {
    }

    public record DeviceList(List<DeviceView> items) {
    }

    /**
     * A sample, or in a downsampled series the mean of {@code count} samples (channel means, worst statuses, highest
     * risk).
     *
     * @param deviceTimeMs the node's own clock (milliseconds since it started)
     * @param gapBefore samples were missing just before it
     * @param channels channel values by name; a failed sensor's channel is absent
     */
    public record SampleView(String receivedAt, long deviceTimeMs, int count, boolean gapBefore, String deviceStatus,
            String modelStatus, Double modelRisk, Map<String, Double> channels) {
        static SampleView of(StoredSample s) {
            return new SampleView(TrainingDto.time(s.receivedAt()), s.deviceTimeMs(), s.count(), s.gapBefore(),
                    status(s.deviceStatus()), status(s.modelStatus()),
                    s.modelStatus() == null ? null : Dto.finite(s.modelRisk()), s.channels());
        }
    }

    /**
     * @param from start of the range served (after clamping)
     * @param to end of the range served
     * @param points the most points asked for; each item stands for {@code count} samples
     */
    public record DeviceSeriesView(String deviceId, String from, String to, int points, List<SampleView> items) {
    }

    /**
     * @param state "raised", "acknowledged" or "cleared"
     * @param values the channels of the sample that raised it
     */
    public record AlarmView(long id, String deviceId, String severity, String state, List<String> detectors,
            Double risk, Map<String, Double> values, String raisedAt, String acknowledgedAt, Long acknowledgedBy,
            String clearedAt) {
        static AlarmView of(Alarm a) {
            return new AlarmView(a.id(), a.deviceId(), status(a.severity()), TrainingDto.lower(a.state()),
                    a.detectors(), Dto.finite(a.risk()), a.values(), TrainingDto.time(a.raisedAt()),
                    TrainingDto.time(a.acknowledgedAt()), a.acknowledgedBy(), TrainingDto.time(a.clearedAt()));
        }
    }

    public record AlarmList(List<AlarmView> items) {
    }

    static String status(Enum<?> status) {
        return status == null ? null : TrainingDto.lower(status);
    }
}
