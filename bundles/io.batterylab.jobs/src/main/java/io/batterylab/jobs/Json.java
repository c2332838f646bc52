package io.batterylab.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/** JSON of settings records and model-version metadata. NaN metrics are written as "NaN" and read back. */
public final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Json() {
    }

    /** A settings record as JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * A settings record from JSON; components missing from the JSON keep the defaults.
     *
     * @throws IllegalArgumentException naming the problem
     */
    public static <T extends Record> T settings(String json, Class<T> type, Record defaults) {
        try {
            ObjectNode merged = MAPPER.valueToTree(defaults);
            ObjectNode given = (ObjectNode) MAPPER.readTree(json == null || json.isBlank() ? "{}" : json);
            // a misspelt setting would otherwise be dropped silently and the default trained instead
            List<String> known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            for (String name : (Iterable<String>) given::fieldNames) {
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("unknown setting '" + name + "' of " + type.getSimpleName()
                            + "; known: " + String.join(", ", known));
                }
            }
            merged.setAll(given);
            return MAPPER.treeToValue(merged, type);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("settings of " + type.getSimpleName() + " do not fit: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : "expected a JSON object"), e);
        }
    }
}
