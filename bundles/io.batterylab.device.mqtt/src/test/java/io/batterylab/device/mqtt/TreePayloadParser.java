package io.batterylab.device.mqtt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The payload parser as it was with a Jackson tree per payload: the reference the streaming one is checked against. */
final class TreePayloadParser {
    /** The channels of a payload, in SPEC order. */
    private static final List<String> CHANNELS = SensorPayloadParser.CHANNELS;
    /** No real reading comes near this (smoke IR counts stay below 2^18); larger means a broken node. */
    private static final double MAX_MAGNITUDE = SensorPayloadParser.MAX_MAGNITUDE;

    private final ObjectMapper mapper;
    private final int maxPayloadBytes;

    TreePayloadParser(int maxPayloadBytes) {
        this.maxPayloadBytes = maxPayloadBytes;
        // A payload is a few hundred bytes: tight limits keep a hostile one from costing time or memory.
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(8).maxNumberLength(64).maxStringLength(maxPayloadBytes).build()).build()).build();
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
        JsonNode root;
        try {
            root = mapper.readTree(payload);
        } catch (JsonProcessingException e) {
            return new PayloadResult.Rejected(deviceId, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new PayloadResult.Rejected(deviceId, "unreadable: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            return new PayloadResult.Rejected(deviceId, "not a JSON object");
        }
        JsonNode idNode = root.get("device_id");
        if (idNode != null && !idNode.isNull()) {
            if (!idNode.isTextual() || !SensorTopics.isValidDeviceId(idNode.asText())) {
                return new PayloadResult.Rejected(deviceId, "device_id is not a valid id");
            }
            if (topicId.isPresent() && !topicId.get().equals(idNode.asText())) {
                return new PayloadResult.Rejected(deviceId,
                        "device_id " + idNode.asText() + " does not match the topic " + topic);
            }
            deviceId = idNode.asText();
        }
        try {
            return new PayloadResult.Accepted(sample(deviceId, root));
        } catch (IllegalArgumentException e) {
            return new PayloadResult.Rejected(deviceId, e.getMessage());
        }
    }

    private static SensorSample sample(String deviceId, JsonNode root) {
        JsonNode timestamp = root.get("timestamp_ms");
        if (timestamp == null || timestamp.isNull()) {
            throw new IllegalArgumentException("timestamp_ms is missing");
        }
        if (!timestamp.isIntegralNumber() || !timestamp.canConvertToLong() || timestamp.asLong() < 0) {
            throw new IllegalArgumentException("timestamp_ms is not a non-negative integer: " + timestamp);
        }
        Map<String, Double> channels = numbers(root, "");
        JsonNode thresholds = root.get("thresholds");
        Map<String, Double> limits = Map.of();
        if (thresholds != null && !thresholds.isNull()) {
            if (!thresholds.isObject()) {
                throw new IllegalArgumentException("thresholds is not an object");
            }
            limits = numbers(thresholds, "thresholds.");
        }
        return new SensorSample(deviceId, timestamp.asLong(), channels, limits, status(root.get("status")));
    }

    private static Map<String, Double> numbers(JsonNode object, String prefix) {
        Map<String, Double> values = new HashMap<>();
        for (String channel : CHANNELS) {
            JsonNode node = object.get(channel);
            if (node == null || node.isNull()) {
                continue;
            }
            if (!node.isNumber()) {
                throw new IllegalArgumentException(prefix + channel + " is not a number: " + node.getNodeType());
            }
            double value = node.asDouble();
            if (!Double.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) {
                throw new IllegalArgumentException(prefix + channel + " is implausible: " + node);
            }
            values.put(channel, value);
        }
        return values;
    }

    private static DeviceStatus status(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("status is missing or not text");
        }
        try {
            return DeviceStatus.valueOf(node.asText().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status is not NORMAL, WARNING or DANGER: " + node.asText());
        }
    }
}
