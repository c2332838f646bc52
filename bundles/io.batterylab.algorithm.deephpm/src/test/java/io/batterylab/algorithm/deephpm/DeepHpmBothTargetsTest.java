package io.batterylab.algorithm.deephpm;

import io.batterylab.core.training.Algorithm;
import io.batterylab.test.support.BothTargetsContract;

/** DeepHpm's part of a training job of both targets: one model per target, each predicting its own. */
class DeepHpmBothTargetsTest extends BothTargetsContract {
    @Override
    protected Algorithm algorithm() {
        return new DeepHpmAlgorithm();
    }

    @Override
    protected Record smallSettings() {
        return new DeepHpmSettings(5e-3, 15, 2, 16, 0, DynamicalInputs.S_T_U, LossMode.ADP_BAL, 3);
    }
}
