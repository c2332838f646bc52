package io.batterylab.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
    private final Json json = new Json();

    record Sample(String name, int count, boolean flag) {
    }

    record Values(double mean, Double std, double[] row, List<Double> list) {
    }

    @Test
    void givenMissingMeasurements_whenWritten_thenNullNotNaN() {
        String out = new String(json.write(new Values(Double.NaN, Double.POSITIVE_INFINITY,
                new double[] {1.5, Double.NaN}, Arrays.asList(2.0, Double.NaN))), StandardCharsets.UTF_8);

        assertEquals("{\"mean\":null,\"std\":null,\"row\":[1.5,null],\"list\":[2.0,null]}", out);
    }

    @Test
    void givenStrictReading_whenTypesAreCoercibleButWrong_then400InvalidType() {
        for (String body : List.of("{\"name\":5,\"count\":1,\"flag\":true}", "{\"name\":\"a\",\"count\":\"1\",\"flag\":true}",
                "{\"name\":\"a\",\"count\":1,\"flag\":\"true\"}", "{\"name\":\"a\",\"count\":1.5,\"flag\":true}",
                "{\"name\":\"a\",\"flag\":true,\"count\":null}")) {
            ApiException e = assertThrows(ApiException.class, () -> json.read(bytes(body), Sample.class), body);
            assertEquals("invalid_type", e.code(), body);
        }
    }

    @Test
    void givenDuplicateOrTrailingContent_whenRead_then400() {
        assertEquals(400, assertThrows(ApiException.class,
                () -> json.read(bytes("{\"name\":\"a\",\"name\":\"b\",\"count\":1,\"flag\":true}"), Sample.class)).status());
        assertEquals(400, assertThrows(ApiException.class,
                () -> json.read(bytes("{\"name\":\"a\",\"count\":1,\"flag\":true} {}"), Sample.class)).status());
    }

    @Test
    void givenBrokenJsonOrAHugeNumber_whenRead_thenThePlaceInPlainWordsNotTheParsersInsides() {
        ApiException broken = assertThrows(ApiException.class,
                () -> json.read(bytes("{\"name\":\"a\",\n \"count\": }"), Sample.class));
        ApiException huge = assertThrows(ApiException.class,
                () -> json.read(bytes("{\"name\":\"a\",\"count\":" + "9".repeat(5000) + ",\"flag\":true}"), Sample.class));

        assertEquals("the body is not valid JSON (line 2, column 11)", broken.getMessage());
        assertEquals("malformed_json", huge.code());
        assertTrue(huge.getMessage().startsWith("the body has a number, text or nesting longer or deeper than this API "
                + "accepts"), huge.getMessage());
        for (ApiException e : List.of(broken, huge)) {
            assertFalse(e.getMessage().matches("(?s).*(code \\d+|Jackson|StreamReadConstraints|`|com\\.fasterxml).*"),
                    e.getMessage());
        }
    }

    @Test
    void givenARecordThatRefusesItsValues_whenRead_thenItsOwnMessage() {
        ApiException e = assertThrows(ApiException.class, () -> json.read(bytes("{\"size\":-1}"), Sized.class));

        assertEquals("invalid_request", e.code());
        assertEquals("size must not be negative", e.getMessage());
    }

    record Sized(int size) {
        Sized {
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative");
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
