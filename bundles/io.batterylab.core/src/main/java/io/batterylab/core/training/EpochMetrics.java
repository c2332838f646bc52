package io.batterylab.core.training;

/**
 * Progress after one epoch.
 *
 * @param epoch 1-based
 * @param loss training loss
 * @param validationLoss NaN without a validation set
 * @param validation metrics on the validation set in target units, null without one
 */
public record EpochMetrics(int epoch, int epochs, double loss, double validationLoss, Metrics validation) {
}
