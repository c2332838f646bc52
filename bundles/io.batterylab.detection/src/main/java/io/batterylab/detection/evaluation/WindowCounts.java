package io.batterylab.detection.evaluation;

/** Alarms against labels over windows: true positives, false positives, false negatives; and what follows. */
public record WindowCounts(long truePositives, long falsePositives, long falseNegatives) {

    public WindowCounts plus(long tp, long fp, long fn) {
        return new WindowCounts(truePositives + tp, falsePositives + fp, falseNegatives + fn);
    }

    /** NaN when nothing was alarmed. */
    public double precision() {
        return truePositives + falsePositives == 0 ? Double.NaN
                : (double) truePositives / (truePositives + falsePositives);
    }

    /** NaN when there was nothing to find. */
    public double recall() {
        return truePositives + falseNegatives == 0 ? Double.NaN
                : (double) truePositives / (truePositives + falseNegatives);
    }

    /** 0 when no positive was found. */
    public double f1() {
        return truePositives == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
    }
}
