package io.batterylab.monitor;

/**
 * What a user can run on a device: an installed detector that runs untrained (id e.g. {@code threshold}) or one of
 * the user's trained detector models (id {@code model:7}, name e.g. {@code forest model #7}).
 *
 * @param description for a model: what it was trained on and when
 */
public record DetectorChoice(String id, String name, String description, boolean trained) {
}
