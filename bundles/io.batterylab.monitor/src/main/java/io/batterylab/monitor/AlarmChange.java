package io.batterylab.monitor;

import io.batterylab.core.plugin.DeviceStatus;
import java.util.List;

/** A step in the lifecycle of a device's alarm that the model verdicts caused (acknowledging is a user's). */
public sealed interface AlarmChange {
    /** A new alarm: the model left NORMAL. */
    record Raised(DeviceStatus severity, double risk, List<String> detectors) implements AlarmChange {
    }

    /** The open alarm became more severe (WARNING → DANGER). */
    record Escalated(DeviceStatus severity, double risk, List<String> detectors) implements AlarmChange {
    }

    /** The model stayed NORMAL for the quiet period: the open alarm is cleared. */
    record Cleared() implements AlarmChange {
    }
}
