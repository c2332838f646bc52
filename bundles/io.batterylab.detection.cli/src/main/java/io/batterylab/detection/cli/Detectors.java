package io.batterylab.detection.cli;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModelFile;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The installed detectors, looked up by id, and their settings as the command line changes them. */
record Detectors(List<Detector> installed) {
    Detectors {
        installed = List.copyOf(installed);
    }

    Optional<Detector> find(String id) {
        return installed.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    Detector require(String id) throws UsageException {
        return find(id).orElseThrow(() -> new UsageException("no detector '" + id + "'; installed: " + ids()));
    }

    String ids() {
        return installed.stream().map(Detector::id).sorted().collect(Collectors.joining(", "));
    }

    /** The detector's defaults with the {@code --set} values applied. */
    static Record settings(Detector detector, Map<String, String> overrides) throws UsageException {
        try {
            return DetectorModelFile.withOverrides(detector.defaultSettings(), overrides);
        } catch (IllegalArgumentException e) {
            throw new UsageException("detector " + detector.id() + ": " + e.getMessage());
        }
    }

    /** One line per detector: id, name, whether it learns, and its settings with their defaults. */
    String describe() {
        StringBuilder text = new StringBuilder();
        for (Detector d : installed) {
            Record defaults = d.defaultSettings();
            String settings = java.util.Arrays.stream(defaults.getClass().getRecordComponents())
                    .map(c -> c.getName() + "=" + value(c, defaults)).collect(Collectors.joining(" "));
            text.append(String.format("  %-10s %s (%s)%n             settings: %s%n", d.id(), d.displayName(),
                    d.needsTrainedModel() ? "learns from the recordings" : "a rule: training records its settings",
                    settings));
        }
        return text.toString();
    }

    private static Object value(RecordComponent component, Record settings) {
        return io.batterylab.core.settings.Settings.componentValue(component, settings);
    }
}
