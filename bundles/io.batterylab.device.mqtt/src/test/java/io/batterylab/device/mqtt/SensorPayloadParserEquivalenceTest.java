package io.batterylab.device.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property test: the streaming parser accepts exactly the payloads the tree parser ({@link TreePayloadParser})
 * accepted, with the same sample, and rejects the others for the same device — on random SPEC §9 payloads with
 * missing, null, wrongly typed, duplicated, huge and unknown fields, bad ids and statuses, and on corrupted bytes.
 */
class SensorPayloadParserEquivalenceTest {
    private static final List<String> TOPICS = List.of("btr/n1/sensor", "sensor", "btr/bad id/sensor");

    private final SensorPayloadParser streaming = new SensorPayloadParser(4096);
    private final TreePayloadParser tree = new TreePayloadParser(4096);

    @Test
    void givenRandomPayloads_whenParsedByBoth_thenSameSamplesAndSameRejectedDevices() {
        Random random = new Random(29);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] payload = payload(random).getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(8) == 0) {
                payload = corrupted(payload, random);
            }
            String topic = TOPICS.get(random.nextInt(TOPICS.size()));
            PayloadResult expected = tree.parse(topic, payload);
            PayloadResult actual = streaming.parse(topic, payload);
            String where = topic + " " + new String(payload, StandardCharsets.UTF_8);
            if (expected instanceof PayloadResult.Accepted sample) {
                assertEquals(sample, actual, where);
                accepted++;
            } else {
                assertInstanceOf(PayloadResult.Rejected.class, actual, where + " was " + expected);
                assertEquals(expected.deviceId(), actual.deviceId(), where);
            }
        }
        // the generator must exercise both outcomes
        assertEquals(true, accepted > 1_000 && accepted < 19_000, accepted + " accepted");
    }

    private static String payload(Random random) {
        List<String> fields = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            fields.add("\"device_id\":" + pick(random, "\"n1\"", "\"n2\"", "null", "17", "\"bad/id\"", "\"n1\""));
        }
        if (random.nextInt(20) != 0) {
            fields.add("\"timestamp_ms\":" + pick(random, "123456", "123456", "0", "-5", "12.5", "\"7\"", "null",
                    "99999999999999999999", "9223372036854775807", "1e3", "[1]"));
        }
        for (String channel : SensorPayloadParser.CHANNELS) {
            if (random.nextInt(6) != 0) {
                fields.add('"' + channel + "\":" + number(random));
            }
        }
        if (random.nextInt(5) != 0) {
            StringBuilder limits = new StringBuilder("{");
            for (String channel : SensorPayloadParser.CHANNELS) {
                if (random.nextInt(3) != 0) {
                    limits.append(limits.length() > 1 ? "," : "").append('"').append(channel).append("\":")
                            .append(number(random));
                }
            }
            fields.add("\"thresholds\":" + (random.nextInt(15) == 0 ? pick(random, "null", "[50]", "\"x\"", "3")
                    : limits.append('}')));
        }
        if (random.nextInt(20) != 0) {
            fields.add("\"status\":" + pick(random, "\"NORMAL\"", "\"NORMAL\"", "\" warning \"", "\"DANGER\"",
                    "\"hot\"", "null", "1"));
        }
        if (random.nextInt(4) == 0) {
            fields.add(pick(random, "\"extra\":{\"a\":[1,2,{\"b\":null}]}", "\"note\":\"x\"", "\"flag\":true",
                    "\"temp_internal_c\":" + number(random), "\"status\":\"DANGER\"", "\"timestamp_ms\":42"));
        }
        java.util.Collections.shuffle(fields, random);
        return "{" + String.join(",", fields) + "}";
    }

    private static String number(Random random) {
        return switch (random.nextInt(200)) {
            case 0 -> "null";
            case 1 -> "\"12\"";
            case 2 -> "true";
            case 3 -> "1e400";
            case 4 -> "-2e7";
            case 5 -> "{\"v\":1}";
            case 6 -> "[1]";
            case 7 -> "123456789012345678901234567890";
            case 8 -> "10000000";
            default -> String.valueOf(Math.round(random.nextGaussian() * 5000) / 100.0);
        };
    }

    private static byte[] corrupted(byte[] payload, Random random) {
        byte[] bytes = payload.clone();
        if (random.nextBoolean()) {
            return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        }
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        return bytes;
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
