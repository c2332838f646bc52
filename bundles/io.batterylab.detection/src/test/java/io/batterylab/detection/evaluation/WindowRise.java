package io.batterylab.detection.evaluation;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.RuleDetector;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.settings.Setting;
import java.util.List;
import java.util.function.Function;

/** Test detector: alarms when the window rose more than the limit from its first to its last sample. */
public final class WindowRise extends RuleDetector<WindowRise.Limit> {
    public record Limit(@Setting(label = "Rise over the window (°C)", min = 0, max = 100) double celsius) {
    }

    public WindowRise() {
        super("window-rise", "Rise over the window", Limit.class, new Limit(1), List.of(Channels.TEMP_INTERNAL));
    }

    @Override
    protected Function<SampleWindow, Assessment> rule(Limit limit) {
        return w -> {
            double[] v = w.channel(Channels.TEMP_INTERNAL);
            return Assessment.ofRisk(v[v.length - 1] - v[0] > limit.celsius() ? 1 : 0, 0.5);
        };
    }
}
