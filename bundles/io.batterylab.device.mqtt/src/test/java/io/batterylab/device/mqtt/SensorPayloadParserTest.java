package io.batterylab.device.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SensorPayloadParserTest {
    /** The SPEC §9 example payload with a device id. */
    static final String SPEC_PAYLOAD = """
            {"device_id":"btr-a1b2c3","timestamp_ms":123456,"temp_ambient_c":25.5,"temp_internal_c":32.1,
             "humidity_percent":45.2,"mq2_ppm":15.3,"mq4_ppm":12.1,"mq8_ppm":8.5,"mq7_ppm":22.0,"voc_index":85.0,
             "max30105_smoke":120,"max30105_temp_c":33.5,
             "thresholds":{"temp_ambient_c":50.0,"temp_internal_c":50.0,"humidity_percent":80.0,"mq2_ppm":200.0,
               "mq4_ppm":250.0,"mq8_ppm":450.0,"mq7_ppm":750.0,"voc_index":200.0,"max30105_smoke":750,
               "max30105_temp_c":50.0},
             "status":"NORMAL"}""";

    private final SensorPayloadParser parser = new SensorPayloadParser(4096);

    private PayloadResult parse(String topic, String json) {
        return parser.parse(topic, json.getBytes(StandardCharsets.UTF_8));
    }

    private SensorSample accepted(String topic, String json) {
        return assertInstanceOf(PayloadResult.Accepted.class, parse(topic, json)).sample();
    }

    private String rejection(String topic, String json) {
        return assertInstanceOf(PayloadResult.Rejected.class, parse(topic, json)).reason();
    }

    @Test
    void givenSpecPayloadOnDeviceTopic_whenParsed_thenEveryChannelThresholdAndStatusAreRead() {
        SensorSample sample = accepted("btr/btr-a1b2c3/sensor", SPEC_PAYLOAD);

        assertEquals("btr-a1b2c3", sample.deviceId());
        assertEquals(123456, sample.timestampMs());
        assertEquals(10, sample.channels().size());
        assertEquals(32.1, sample.channels().get("temp_internal_c"));
        assertEquals(120.0, sample.channels().get("max30105_smoke"));
        assertEquals(10, sample.thresholds().size());
        assertEquals(200.0, sample.thresholds().get("voc_index"));
        assertEquals(DeviceStatus.NORMAL, sample.deviceStatus());
    }

    @Test
    void givenLegacyTopicWithoutDeviceId_whenParsed_thenTheDeviceIsLegacy() {
        SensorSample sample = accepted("sensor", SPEC_PAYLOAD.replace("\"device_id\":\"btr-a1b2c3\",", ""));

        assertEquals(SensorTopics.LEGACY_DEVICE, sample.deviceId());
    }

    @Test
    void givenNullForFailedSensor_whenParsed_thenTheChannelIsMissingNotZero() {
        SensorSample sample = accepted("btr/n1/sensor",
                "{\"timestamp_ms\":5,\"temp_internal_c\":null,\"temp_ambient_c\":21.5,\"status\":\"warning\"}");

        assertFalse(sample.channels().containsKey("temp_internal_c"));
        assertEquals(21.5, sample.channels().get("temp_ambient_c"));
        assertEquals(DeviceStatus.WARNING, sample.deviceStatus());
        assertEquals("n1", sample.deviceId());
    }

    @Test
    void givenUnknownFields_whenParsed_thenTheyAreIgnored() {
        SensorSample sample = accepted("btr/n1/sensor", "{\"timestamp_ms\":5,\"firmware\":\"2.1\",\"extra\":{\"a\":[1,2]},"
                + "\"temp_internal_c\":30,\"status\":\"DANGER\"}");

        assertEquals(1, sample.channels().size());
        assertEquals(DeviceStatus.DANGER, sample.deviceStatus());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json at all", "[1,2,3]", "\"NORMAL\"", "{\"timestamp_ms\":5,",
            "{\"timestamp_ms\":5,\"temp_internal_c\":NaN,\"status\":\"NORMAL\"}",
            "{\"timestamp_ms\":5,\"temp_internal_c\":1e400,\"status\":\"NORMAL\"}",
            "{\"timestamp_ms\":5,\"temp_internal_c\":123456789012,\"status\":\"NORMAL\"}",
            "{\"timestamp_ms\":5,\"temp_internal_c\":\"hot\",\"status\":\"NORMAL\"}",
            "{\"timestamp_ms\":5,\"temp_internal_c\":true,\"status\":\"NORMAL\"}",
            "{\"temp_internal_c\":30,\"status\":\"NORMAL\"}",
            "{\"timestamp_ms\":null,\"temp_internal_c\":30,\"status\":\"NORMAL\"}",
            "{\"timestamp_ms\":\"5\",\"temp_internal_c\":30,\"status\":\"NORMAL\"}",
            "{\"timestamp_ms\":5.5,\"temp_internal_c\":30,\"status\":\"NORMAL\"}",
            "{\"timestamp_ms\":-1,\"temp_internal_c\":30,\"status\":\"NORMAL\"}",
            "{\"timestamp_ms\":5,\"temp_internal_c\":30}",
            "{\"timestamp_ms\":5,\"temp_internal_c\":30,\"status\":\"ON FIRE\"}",
            "{\"timestamp_ms\":5,\"thresholds\":[50],\"status\":\"NORMAL\"}",
            "{\"timestamp_ms\":5,\"thresholds\":{\"temp_internal_c\":\"x\"},\"status\":\"NORMAL\"}",
            "{\"timestamp_ms\":5,\"device_id\":\"other\",\"status\":\"NORMAL\"}",
            "{\"timestamp_ms\":5,\"device_id\":\"bad/id\",\"status\":\"NORMAL\"}",
            "{\"timestamp_ms\":5,\"device_id\":17,\"status\":\"NORMAL\"}"})
    void givenMalformedPayload_whenParsed_thenRejectedWithAReasonNamingTheProblem(String json) {
        String reason = rejection("btr/n1/sensor", json);

        assertFalse(reason.isBlank());
    }

    @Test
    void givenWrongTypedChannel_whenParsed_thenTheReasonNamesTheChannel() {
        assertTrue(rejection("btr/n1/sensor", "{\"timestamp_ms\":5,\"mq7_ppm\":\"x\",\"status\":\"NORMAL\"}")
                .contains("mq7_ppm"));
        assertTrue(rejection("btr/n1/sensor", "{\"temp_internal_c\":30,\"status\":\"NORMAL\"}")
                .contains("timestamp_ms"));
    }

    @Test
    void givenOversizedPayload_whenParsed_thenRejectedBeforeReadingAndCountedForTheTopicsDevice() {
        String huge = "{\"timestamp_ms\":5,\"pad\":\"" + "x".repeat(5000) + "\",\"status\":\"NORMAL\"}";

        PayloadResult result = parse("btr/n7/sensor", huge);

        PayloadResult.Rejected rejected = assertInstanceOf(PayloadResult.Rejected.class, result);
        assertEquals("n7", rejected.deviceId());
        assertTrue(rejected.reason().contains("exceeds the limit of 4096"), rejected.reason());
    }

    @Test
    void givenDeeplyNestedJson_whenParsed_thenRejected() {
        String nested = "{\"timestamp_ms\":5,\"x\":" + "[".repeat(50) + "]".repeat(50) + ",\"status\":\"NORMAL\"}";

        assertInstanceOf(PayloadResult.Rejected.class, parse("btr/n1/sensor", nested));
    }

    @Test
    void givenRandomBytes_whenParsed_thenNeverThrows() {
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 5000; i++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            PayloadResult result = parser.parse("btr/n1/sensor", bytes);
            assertInstanceOf(PayloadResult.Rejected.class, result);
        }
    }
}
