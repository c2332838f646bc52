package io.batterylab.rest.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * The one JSON configuration of the API. Reading is strict (unknown fields, numbers given as strings or strings as
 * numbers, trailing data are errors), because a silently ignored field is a setting the caller believes was applied.
 * A missing measurement (NaN) is written as {@code null}, never as the invalid token {@code NaN}.
 */
public final class Json {
    private final ObjectMapper mapper;

    public Json() {
        SimpleModule missingAsNull = new SimpleModule("missing-values-as-null");
        missingAsNull.addSerializer(Double.class, new FiniteDoubleSerializer());
        missingAsNull.addSerializer(double.class, new FiniteDoubleSerializer());
        missingAsNull.addSerializer(double[].class, new FiniteDoubleArraySerializer());
        JsonMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .addModule(missingAsNull)
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean}) {
            json.coercionConfigFor(type).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        this.mapper = json;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getName(), e);
        }
    }

    /** A JSON text the server stored itself (e.g. a run's settings) as a tree to write into an answer. */
    public com.fasterxml.jackson.databind.JsonNode tree(String stored) {
        try {
            return mapper.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored text is not JSON", e);
        }
    }

    /** @throws ApiException 400 with a code that says what is wrong with the body */
    public <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw ApiException.badRequest("missing_body", "a JSON body is required");
        }
        try {
            return mapper.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("unknown_field", "unknown field '" + e.getPropertyName() + "'; known: "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        } catch (MismatchedInputException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]"
                    : r.getFieldName()).collect(Collectors.joining("."));
            throw ApiException.badRequest("invalid_type", field.isEmpty() ? "the body must be a JSON object"
                    : "field '" + field + "' has the wrong type");
        } catch (ValueInstantiationException e) {
            // a record refused its values: its message is written for the caller
            Throwable rule = e.getCause();
            throw ApiException.badRequest("invalid_request", rule instanceof IllegalArgumentException
                    && rule.getMessage() != null ? rule.getMessage() : "the body's values do not fit this request");
        } catch (StreamConstraintsException e) {
            throw ApiException.badRequest("malformed_json", "the body has a number, text or nesting longer or deeper "
                    + "than this API accepts" + where(e.getLocation()));
        } catch (JsonMappingException e) {
            throw ApiException.badRequest("invalid_request", "the body does not have the fields this request takes");
        } catch (JsonProcessingException e) {
            // the parser's own words name its insides (character codes, expected tokens); the place is what helps
            throw ApiException.badRequest("malformed_json", "the body is not valid JSON" + where(e.getLocation()));
        } catch (IOException e) {
            throw ApiException.badRequest("malformed_json", "the body cannot be read");
        }
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static final class FiniteDoubleSerializer extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        FiniteDoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            writeFinite(value, gen);
        }
    }

    private static final class FiniteDoubleArraySerializer extends StdSerializer<double[]> {
        private static final long serialVersionUID = 1L;

        FiniteDoubleArraySerializer() {
            super(double[].class);
        }

        @Override
        public void serialize(double[] values, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray(values, values.length);
            for (double v : values) {
                writeFinite(v, gen);
            }
            gen.writeEndArray();
        }
    }

    private static void writeFinite(double v, JsonGenerator gen) throws IOException {
        if (Double.isFinite(v)) {
            gen.writeNumber(v);
        } else {
            gen.writeNull();
        }
    }
}
