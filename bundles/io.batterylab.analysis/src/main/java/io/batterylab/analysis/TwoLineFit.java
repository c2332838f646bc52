package io.batterylab.analysis;

/**
 * Two straight lines meeting at a break point: the abrupt-transition limit of the Bacon–Watts model.
 *
 * @param breakX x where the lines meet (the knee)
 * @param valueAtBreak fitted y at the break
 * @param earlySlope slope for x at or before the break
 * @param lateSlope slope after the break
 */
public record TwoLineFit(double breakX, double valueAtBreak, double earlySlope, double lateSlope) {

    public double valueAt(double x) {
        return valueAtBreak + (x <= breakX ? earlySlope : lateSlope) * (x - breakX);
    }
}
