package io.batterylab.rest.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.batterylab.core.settings.Setting;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsSchemaTest {
    enum Optimizer { ADAM, SGD }

    record Knobs(
            @Setting(label = "Epochs", description = "passes over the data", min = 1, max = 10000) int epochs,
            @Setting(label = "Learning rate", min = 1e-6, max = 0.5) double learningRate,
            @Setting(label = "Optimizer") Optimizer optimizer,
            @Setting(label = "Shuffle") boolean shuffle,
            @Setting(label = "Hidden sizes") List<Integer> hidden,
            String note) {
    }

    private final SettingsSchema schemas = new SettingsSchema(new ObjectMapper());

    @Test
    void givenAnnotatedRecord_whenSchemaGenerated_thenTypesTitlesBoundsAndDefaultsFollowTheAnnotations() {
        JsonNode schema = schemas.of(Knobs.class, new Knobs(100, 0.001, Optimizer.ADAM, true, List.of(32, 16), "x"));
        JsonNode p = schema.get("properties");

        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals("[\"epochs\",\"learningRate\",\"optimizer\",\"shuffle\",\"hidden\",\"note\"]",
                schema.get("required").toString());
        assertFalse(schema.get("additionalProperties").asBoolean(true));
        assertEquals("{\"type\":\"integer\",\"title\":\"Epochs\",\"description\":\"passes over the data\",\"minimum\":1,"
                + "\"maximum\":10000,\"default\":100}", p.get("epochs").toString());
        assertEquals("{\"type\":\"number\",\"title\":\"Learning rate\",\"minimum\":1.0E-6,\"maximum\":0.5,"
                + "\"default\":0.001}", p.get("learningRate").toString());
        assertEquals("{\"type\":\"string\",\"enum\":[\"ADAM\",\"SGD\"],\"title\":\"Optimizer\",\"default\":\"ADAM\"}",
                p.get("optimizer").toString());
        assertEquals("{\"type\":\"boolean\",\"title\":\"Shuffle\",\"default\":true}", p.get("shuffle").toString());
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"integer\"},\"title\":\"Hidden sizes\",\"default\":[32,16]}",
                p.get("hidden").toString());
        assertEquals("{\"type\":\"string\",\"default\":\"x\"}", p.get("note").toString());
    }

    @Test
    void givenUnboundedNumber_whenSchemaGenerated_thenNoMinimumOrMaximum() {
        record Free(@Setting(label = "Free") double value) {
        }

        JsonNode value = schemas.of(Free.class, null).get("properties").get("value");

        assertEquals("{\"type\":\"number\",\"title\":\"Free\"}", value.toString());
    }
}
