package io.batterylab.core.testing;

import io.batterylab.core.model.Target;

/**
 * One scored row: the model saw the inputs of {@code inputCycle} and predicted the targets of {@code cycle}
 * (= inputCycle + h). A target not scored, or one without truth or prediction, is NaN.
 */
public record TestDetail(long batteryId, int inputCycle, int cycle, double rulTrue, double rulPredicted, double pclTrue,
        double pclPredicted) {

    public double truth(Target target) {
        return target == Target.RUL ? rulTrue : pclTrue;
    }

    public double predicted(Target target) {
        return target == Target.RUL ? rulPredicted : pclPredicted;
    }
}
