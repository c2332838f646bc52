package io.batterylab.detector.rise;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.RuleDetector;
import io.batterylab.core.detection.SampleWindow;
import java.util.List;
import java.util.function.Function;
import org.osgi.service.component.annotations.Component;

/** The rate-of-rise rule with a ceiling: the classic BMS rule and the baseline every learned detector must beat. */
@Component(service = Detector.class)
public class RiseDetector extends RuleDetector<RiseSettings> {
    public RiseDetector() {
        super("rise", "Rate of rise and ceiling", RiseSettings.class, RiseSettings.DEFAULTS,
                List.of(Channels.TEMP_INTERNAL));
    }

    @Override
    protected Function<SampleWindow, Assessment> rule(RiseSettings settings) {
        return new RiseRule(settings)::assess;
    }
}
