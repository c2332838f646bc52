package io.batterylab.algorithm.bilstm;

import io.batterylab.core.training.Algorithm;
import io.batterylab.test.support.BothTargetsContract;

/** BiLstm's part of a training job of both targets: one model per target, each predicting its own. */
class BiLstmBothTargetsTest extends BothTargetsContract {
    @Override
    protected Algorithm algorithm() {
        return new BiLstmAlgorithm();
    }

    @Override
    protected Record smallSettings() {
        return new BiLstmSettings(1e-2, 3, 5, 1, 8, 1);
    }
}
