package io.batterylab.ml.detection;

/** What every sequence detector's settings record holds besides the size of its network. */
public interface SequenceSettings {
    /** Passes over the training windows. */
    int epochs();

    double learningRate();

    /** Risk (the network's sigmoid output) at or above which the window raises the alarm. */
    double alarmAt();

    /** Of the initial weights and the batch order: one seed, one model. */
    long seed();
}
