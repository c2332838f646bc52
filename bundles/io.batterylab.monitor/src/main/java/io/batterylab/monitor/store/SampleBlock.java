package io.batterylab.monitor.store;

/**
 * A closed block of a device's samples, ready to store: {@code firstMs} and {@code lastMs} are the smallest and
 * largest received time in it, {@code bytes} its {@link BlockCodec} encoding.
 */
public record SampleBlock(long devicePk, long firstMs, long lastMs, int count, byte[] bytes) {
}
