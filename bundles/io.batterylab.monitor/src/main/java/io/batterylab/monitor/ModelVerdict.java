package io.batterylab.monitor;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.plugin.DeviceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the enabled detectors together say about a device's window: the most severe verdict, the highest risk, and
 * the detectors that said anything but NORMAL.
 */
public record ModelVerdict(DeviceStatus status, double risk, List<String> alarmingDetectors) {
    public static final ModelVerdict NONE = new ModelVerdict(DeviceStatus.NORMAL, 0, List.of());

    public ModelVerdict {
        alarmingDetectors = List.copyOf(alarmingDetectors);
    }

    /** @param assessments detector id to its assessment, in the order the detectors are enabled */
    public static ModelVerdict of(Map<String, Assessment> assessments) {
        DeviceStatus worst = DeviceStatus.NORMAL;
        double risk = 0;
        List<String> alarming = new ArrayList<>();
        for (Map.Entry<String, Assessment> entry : assessments.entrySet()) {
            Assessment assessment = entry.getValue();
            if (assessment.verdict().compareTo(worst) > 0) {
                worst = assessment.verdict();
            }
            risk = Math.max(risk, assessment.risk());
            if (assessment.alarm()) {
                alarming.add(entry.getKey());
            }
        }
        return new ModelVerdict(worst, risk, alarming);
    }

    /**
     * The same verdict as {@link #of(Map)} of the detectors' ids to their assessments, without making the map.
     *
     * @param ids the enabled detectors' ids, in their order, each once (a map would keep one assessment of an id)
     * @param assessments one per detector, null where it made none
     */
    static ModelVerdict of(List<String> ids, Assessment[] assessments) {
        DeviceStatus worst = DeviceStatus.NORMAL;
        double risk = 0;
        List<String> alarming = List.of();
        for (int d = 0; d < assessments.length; d++) {
            Assessment assessment = assessments[d];
            if (assessment == null) {
                continue;
            }
            if (assessment.verdict().compareTo(worst) > 0) {
                worst = assessment.verdict();
            }
            risk = Math.max(risk, assessment.risk());
            if (assessment.alarm()) {
                alarming = alarming.isEmpty() ? new ArrayList<>() : alarming;
                alarming.add(ids.get(d));
            }
        }
        return new ModelVerdict(worst, risk, alarming);
    }
}
