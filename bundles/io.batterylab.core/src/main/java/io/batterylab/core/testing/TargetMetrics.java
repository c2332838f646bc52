package io.batterylab.core.testing;

import io.batterylab.core.model.Target;
import io.batterylab.core.training.Metrics;

/** The metrics of one target, over all cells of a test job or over one cell. */
public record TargetMetrics(Target target, Metrics metrics) {
}
