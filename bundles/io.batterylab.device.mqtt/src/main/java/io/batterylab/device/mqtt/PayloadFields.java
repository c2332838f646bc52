package io.batterylab.device.mqtt;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;

/**
 * The fields of one payload object as Jackson's streaming parser meets them (no tree of nodes per payload): the
 * {@code device_id}, {@code timestamp_ms}, {@code status}, each SPEC channel and each channel's threshold. A field
 * given twice keeps its last value, as a tree would; unknown fields are skipped. {@link SensorPayloadParser} checks
 * them afterwards in a fixed order.
 */
final class PayloadFields {
    /**
     * A JSON value as far as the checks need it: its token, number and text (null for a number read without making
     * its text: only an error message would show it).
     */
    record Value(JsonToken token, JsonParser.NumberType numberType, double number, long integral, String text) {
        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        boolean isNumber() {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }

        boolean isLong() {
            return token == JsonToken.VALUE_NUMBER_INT && numberType != JsonParser.NumberType.BIG_INTEGER;
        }

        boolean isText() {
            return token == JsonToken.VALUE_STRING;
        }

        /** The kind of value, as a tree names it (NUMBER, STRING, BOOLEAN, OBJECT, ARRAY, NULL). */
        String kind() {
            return switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "NUMBER";
                case VALUE_STRING -> "STRING";
                case VALUE_TRUE, VALUE_FALSE -> "BOOLEAN";
                case START_OBJECT -> "OBJECT";
                case START_ARRAY -> "ARRAY";
                default -> "NULL";
            };
        }

        /** As the payload wrote it; a number read without its text (the usual case) as Java writes it. */
        @Override
        public String toString() {
            if (text == null) {
                return token == JsonToken.VALUE_NUMBER_INT ? Long.toString(integral) : Double.toString(number);
            }
            return isText() ? '"' + text + '"' : text;
        }
    }

    Value deviceId;
    Value timestamp;
    Value status;
    /** The {@code thresholds} value itself (null when absent). */
    Value thresholds;
    final Value[] channels;
    final Value[] limits;
    private final List<String> names;

    private PayloadFields(List<String> names) {
        this.names = names;
        this.channels = new Value[names.size()];
        this.limits = new Value[names.size()];
    }

    /** Reads the object the parser is at (its START_OBJECT read) up to its end. */
    static PayloadFields read(JsonParser parser, List<String> channelNames) throws IOException {
        PayloadFields fields = new PayloadFields(channelNames);
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "device_id" -> fields.deviceId = value(parser, token);
                case "timestamp_ms" -> fields.timestamp = value(parser, token);
                case "status" -> fields.status = value(parser, token);
                case "thresholds" -> fields.readThresholds(parser, token);
                default -> {
                    int channel = channelNames.indexOf(name);
                    Value value = value(parser, token);
                    if (channel >= 0) {
                        fields.channels[channel] = value;
                    }
                }
            }
        }
        return fields;
    }

    private void readThresholds(JsonParser parser, JsonToken token) throws IOException {
        java.util.Arrays.fill(limits, null);
        if (token != JsonToken.START_OBJECT) {
            thresholds = value(parser, token);
            return;
        }
        thresholds = new Value(token, null, Double.NaN, 0, "{…}");
        String name;
        while ((name = parser.nextFieldName()) != null) {
            int channel = names.indexOf(name);
            Value value = value(parser, parser.nextToken());
            if (channel >= 0) {
                limits[channel] = value;
            }
        }
    }

    /** The value at the parser's token; an object or array is skipped (only its kind matters). */
    private static Value value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseException(parser, "the payload ends inside an object");
        }
        return switch (token) {
            case VALUE_NUMBER_INT -> {
                JsonParser.NumberType type = parser.getNumberType();
                yield type == JsonParser.NumberType.BIG_INTEGER
                        ? new Value(token, type, parser.getDoubleValue(), 0, parser.getText())
                        : new Value(token, type, parser.getDoubleValue(), parser.getLongValue(), null);
            }
            case VALUE_NUMBER_FLOAT -> {
                double exact = Decimals.parse(parser.getTextCharacters(), parser.getTextOffset(),
                        parser.getTextLength());
                yield Double.isNaN(exact) ? new Value(token, parser.getNumberType(), parser.getDoubleValue(), 0,
                        parser.getText()) : new Value(token, JsonParser.NumberType.DOUBLE, exact, 0, null);
            }
            case VALUE_STRING -> new Value(token, null, Double.NaN, 0, parser.getText());
            case START_OBJECT, START_ARRAY -> {
                parser.skipChildren();
                yield new Value(token, null, Double.NaN, 0, token == JsonToken.START_OBJECT ? "{…}" : "[…]");
            }
            default -> new Value(token, null, Double.NaN, 0, parser.getText());
        };
    }
}
