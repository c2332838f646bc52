package io.batterylab.device.mqtt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.batterylab.core.detection.Channels;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the SPEC §9 sensor payload. A JSON {@code null} (a failed sensor) or an absent channel is left out of the
 * sample (missing, never zero); unknown fields are ignored. Anything else that is wrong — not JSON, too large, a
 * channel that is not a number, NaN or an implausible magnitude, no integral {@code timestamp_ms}, no status, a
 * {@code device_id} that contradicts the topic — rejects the whole payload with a reason. Read with Jackson's
 * streaming parser ({@link PayloadFields}): at 20,000 payloads a second a tree of nodes per payload costs too much.
 * Thread-safe.
 */
public final class SensorPayloadParser {
    /** The channels of a payload, in SPEC order. */
    public static final List<String> CHANNELS = List.of(Channels.TEMP_AMBIENT, Channels.TEMP_INTERNAL,
            Channels.HUMIDITY, Channels.MQ2, Channels.MQ4, Channels.MQ8, Channels.MQ7, Channels.VOC_INDEX,
            Channels.SMOKE, Channels.SMOKE_SENSOR_TEMP);
    /** No real reading comes near this (smoke IR counts stay below 2^18); larger means a broken node. */
    static final double MAX_MAGNITUDE = 1e7;

    private final JsonFactory factory;
    private final int maxPayloadBytes;

    public SensorPayloadParser(int maxPayloadBytes) {
        this.maxPayloadBytes = maxPayloadBytes;
        // A payload is a few hundred bytes: tight limits keep a hostile one from costing time or memory.
        this.factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(8).maxNumberLength(64).maxStringLength(maxPayloadBytes).build()).build();
    }

    /**
     * @param topic the topic the payload arrived on ({@code btr/{id}/sensor} or the legacy {@code sensor})
     */
    public PayloadResult parse(String topic, byte[] payload) {
        Optional<String> topicId = SensorTopics.deviceIdOf(topic);
        String deviceId = topicId.orElse(SensorTopics.LEGACY_DEVICE);
        if (topicId.isPresent() && !SensorTopics.isValidDeviceId(deviceId)) {
            return new PayloadResult.Rejected("invalid-id", "topic " + topic + " names no valid device id");
        }
        if (payload.length > maxPayloadBytes) {
            return new PayloadResult.Rejected(deviceId,
                    "payload of " + payload.length + " bytes exceeds the limit of " + maxPayloadBytes);
        }
        PayloadFields fields;
        try (JsonParser parser = factory.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new PayloadResult.Rejected(deviceId, "not a JSON object");
            }
            fields = PayloadFields.read(parser, CHANNELS);
        } catch (JsonProcessingException e) {
            return new PayloadResult.Rejected(deviceId, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new PayloadResult.Rejected(deviceId, "unreadable: " + e.getMessage());
        }
        PayloadFields.Value idValue = fields.deviceId;
        if (idValue != null && !idValue.isNull()) {
            if (!idValue.isText() || !SensorTopics.isValidDeviceId(idValue.text())) {
                return new PayloadResult.Rejected(deviceId, "device_id is not a valid id");
            }
            if (topicId.isPresent() && !topicId.get().equals(idValue.text())) {
                return new PayloadResult.Rejected(deviceId,
                        "device_id " + idValue.text() + " does not match the topic " + topic);
            }
            deviceId = idValue.text();
        }
        try {
            return new PayloadResult.Accepted(sample(deviceId, fields));
        } catch (IllegalArgumentException e) {
            return new PayloadResult.Rejected(deviceId, e.getMessage());
        }
    }

    private static SensorSample sample(String deviceId, PayloadFields fields) {
        PayloadFields.Value timestamp = fields.timestamp;
        if (timestamp == null || timestamp.isNull()) {
            throw new IllegalArgumentException("timestamp_ms is missing");
        }
        if (!timestamp.isLong() || timestamp.integral() < 0) {
            throw new IllegalArgumentException("timestamp_ms is not a non-negative integer: " + timestamp);
        }
        Map<String, Double> channels = numbers(fields.channels, "");
        PayloadFields.Value thresholds = fields.thresholds;
        Map<String, Double> limits = Map.of();
        if (thresholds != null && !thresholds.isNull()) {
            if (thresholds.token() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("thresholds is not an object");
            }
            limits = numbers(fields.limits, "thresholds.");
        }
        return new SensorSample(deviceId, timestamp.integral(), channels, limits, status(fields.status));
    }

    /**
     * @param values by channel, in {@link #CHANNELS} order (null: absent)
     * @return an immutable map, which the sample keeps as it is instead of copying it
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> numbers(PayloadFields.Value[] values, String prefix) {
        Map.Entry<String, Double>[] numbers = new Map.Entry[values.length];
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            PayloadFields.Value value = values[i];
            if (value == null || value.isNull()) {
                continue;
            }
            String channel = CHANNELS.get(i);
            if (!value.isNumber()) {
                throw new IllegalArgumentException(prefix + channel + " is not a number: " + value.kind());
            }
            if (!Double.isFinite(value.number()) || Math.abs(value.number()) > MAX_MAGNITUDE) {
                throw new IllegalArgumentException(prefix + channel + " is implausible: " + value);
            }
            numbers[count++] = Map.entry(channel, value.number());
        }
        return Map.ofEntries(count == numbers.length ? numbers : Arrays.copyOf(numbers, count));
    }

    private static DeviceStatus status(PayloadFields.Value value) {
        if (value == null || !value.isText()) {
            throw new IllegalArgumentException("status is missing or not text");
        }
        try {
            return DeviceStatus.valueOf(value.text().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status is not NORMAL, WARNING or DANGER: " + value.text());
        }
    }
}
