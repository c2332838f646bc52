package com.example.batterylab.detector.excursion;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.RuleDetector;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.settings.Setting;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.osgi.service.component.annotations.Component;

/**
 * Alarms when the newest internal temperature stands more than a margin above the window's median: a rule that
 * ignores the absolute level, written as a third party writes a detector (imports only core packages).
 */
@Component(service = Detector.class)
public class ExcursionDetector extends RuleDetector<ExcursionDetector.Margin> {
    public record Margin(@Setting(label = "Margin above the median (°C)", min = 0.1, max = 100) double celsius) {
    }

    public ExcursionDetector() {
        super("example.excursion", "Excursion above the window median (example)", Margin.class, new Margin(3),
                List.of(Channels.TEMP_INTERNAL));
    }

    @Override
    protected Function<SampleWindow, Assessment> rule(Margin margin) {
        return window -> {
            double[] sorted = window.channel(Channels.TEMP_INTERNAL).clone();
            Arrays.sort(sorted);
            double excursion = window.latest(Channels.TEMP_INTERNAL) - sorted[sorted.length / 2];
            return Assessment.ofRisk(excursion / (2 * margin.celsius()), 0.5);
        };
    }
}
