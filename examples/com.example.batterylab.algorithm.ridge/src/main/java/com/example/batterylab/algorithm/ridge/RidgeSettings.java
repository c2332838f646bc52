package com.example.batterylab.algorithm.ridge;

import io.batterylab.core.settings.Setting;

/** The one choice of a ridge fit. */
public record RidgeSettings(
        @Setting(label = "Regularisation", description = "lambda of the L2 penalty on standardised inputs", min = 0, max = 1e6)
        double lambda) {
}
