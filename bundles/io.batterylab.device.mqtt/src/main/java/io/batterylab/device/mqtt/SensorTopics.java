package io.batterylab.device.mqtt;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SPEC §9 topic layout: per device {@code btr/{device_id}/sensor} and {@code btr/{device_id}/statue}; the
 * legacy single-device mode uses {@code sensor} and {@code statue} and has the device id {@link #LEGACY_DEVICE}.
 */
public final class SensorTopics {
    /** The id of the one node of the legacy mode (payloads without {@code device_id}). */
    public static final String LEGACY_DEVICE = "legacy";
    public static final String LEGACY_SENSOR = "sensor";
    public static final String LEGACY_STATUE = "statue";
    /** Ids a node may have: they become topic levels and database keys. */
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private SensorTopics() {
    }

    public static boolean isValidDeviceId(String id) {
        return id != null && DEVICE_ID.matcher(id).matches();
    }

    /**
     * The device id a topic names: the middle level of {@code <prefix>/{id}/sensor}; empty for a topic without one
     * (the legacy {@code sensor}), whose payload may still carry a {@code device_id}.
     */
    public static Optional<String> deviceIdOf(String topic) {
        String[] levels = topic.split("/", -1);
        return levels.length >= 3 ? Optional.of(levels[levels.length - 2]) : Optional.empty();
    }

    /** Where a status correction for the device goes. */
    public static String statueTopic(String deviceId) {
        return LEGACY_DEVICE.equals(deviceId) ? LEGACY_STATUE : "btr/" + deviceId + "/statue";
    }

    /** The topic filter with a shared-subscription group in front, or as is without a group. */
    public static String shared(String filter, String group) {
        return group == null || group.isBlank() ? filter : "$share/" + group + "/" + filter;
    }
}
