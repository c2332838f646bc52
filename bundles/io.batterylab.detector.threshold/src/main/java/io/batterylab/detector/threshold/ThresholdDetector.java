package io.batterylab.detector.threshold;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.RuleDetector;
import io.batterylab.core.detection.SampleWindow;
import java.util.List;
import java.util.function.Function;
import org.osgi.service.component.annotations.Component;

/** The device's own threshold rule (SPEC §9), run on the server side. */
@Component(service = Detector.class)
public class ThresholdDetector extends RuleDetector<ThresholdSettings> {
    public ThresholdDetector() {
        super("threshold", "Device threshold rule", ThresholdSettings.class, ThresholdSettings.DEVICE_DEFAULTS,
                List.of(Channels.TEMP_INTERNAL));
    }

    @Override
    protected Function<SampleWindow, Assessment> rule(ThresholdSettings settings) {
        return new DeviceRule(settings)::assess;
    }
}
