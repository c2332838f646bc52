package io.batterylab.ui.testing;

import io.batterylab.core.model.Target;

/**
 * How a target is shown: RUL in cycles as stored, PCL (a stored fraction) in percent as everywhere in the workbench.
 * Exports keep the stored units.
 */
public record TargetScale(Target target, double factor, String unit) {

    public static TargetScale of(Target target) {
        return target == Target.PCL ? new TargetScale(target, 100, "%") : new TargetScale(target, 1, "cycles");
    }

    public double shown(double stored) {
        return stored * factor;
    }

    /** Short enough for an axis, e.g. "RUL (cycles)", "PCL (%)". */
    public String axisTitle() {
        return target.key().toUpperCase(java.util.Locale.ROOT) + " (" + unit + ")";
    }
}
