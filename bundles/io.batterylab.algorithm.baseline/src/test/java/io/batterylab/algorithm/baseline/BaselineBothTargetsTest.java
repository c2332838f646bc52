package io.batterylab.algorithm.baseline;

import io.batterylab.core.training.Algorithm;
import io.batterylab.test.support.BothTargetsContract;

/** Baseline's part of a training job of both targets: one model per target, each predicting its own. */
class BaselineBothTargetsTest extends BothTargetsContract {
    @Override
    protected Algorithm algorithm() {
        return new BaselineAlgorithm();
    }

    @Override
    protected Record smallSettings() {
        return new BaselineSettings(5e-3, 15, 2, 16, 0, 3);
    }
}
