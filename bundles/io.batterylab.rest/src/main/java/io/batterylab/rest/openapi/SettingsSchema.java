package io.batterylab.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.batterylab.core.settings.Setting;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of a plugin's settings record, generated from its {@link Setting} annotations: the
 * same description the workbench form is built from. Each component is a property with its label as title, its
 * description, its bounds as minimum/maximum and the plugin's default as default; all are required, no other is
 * allowed (the spec reader refuses unknown settings too).
 */
public final class SettingsSchema {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ObjectMapper mapper;

    /** @param mapper writes the defaults as JSON values */
    public SettingsSchema(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode of(Class<? extends Record> type, Record defaults) {
        ObjectNode schema = NODES.objectNode().put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("title", type.getSimpleName()).put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (RecordComponent component : type.getRecordComponents()) {
            ObjectNode property = typeOf(component.getGenericType());
            Setting setting = component.getAnnotation(Setting.class);
            if (setting != null) {
                property.put("title", setting.label());
                if (!setting.description().isEmpty()) {
                    property.put("description", setting.description());
                }
                if (property.path("type").asText().matches("number|integer")) {
                    bound(property, "minimum", setting.min());
                    bound(property, "maximum", setting.max());
                }
            }
            if (type.isInstance(defaults)) {
                property.set("default", defaultValue(component, defaults));
            }
            properties.set(component.getName(), property);
            required.add(component.getName());
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode typeOf(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && List.class.isAssignableFrom(raw)) {
            ObjectNode array = NODES.objectNode().put("type", "array");
            array.set("items", typeOf(p.getActualTypeArguments()[0]));
            return array;
        }
        Class<?> c = type instanceof Class<?> k ? k : Object.class;
        if (c == int.class || c == long.class || c == short.class || c == Integer.class || c == Long.class
                || c == Short.class) {
            return NODES.objectNode().put("type", "integer");
        }
        if (c == double.class || c == float.class || c == Double.class || c == Float.class) {
            return NODES.objectNode().put("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (c == String.class) {
            return NODES.objectNode().put("type", "string");
        }
        if (c.isEnum()) {
            ObjectNode e = NODES.objectNode().put("type", "string");
            ArrayNode values = e.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return e;
        }
        if (c.isArray()) {
            ObjectNode array = NODES.objectNode().put("type", "array");
            array.set("items", typeOf(c.getComponentType()));
            return array;
        }
        return NODES.objectNode();
    }

    private static void bound(ObjectNode property, String name, double value) {
        if (Double.isFinite(value)) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                property.put(name, (long) value);
            } else {
                property.put(name, value);
            }
        }
    }

    private JsonNode defaultValue(RecordComponent component, Record defaults) {
        try {
            var accessor = component.getAccessor();
            // a plugin's settings record need not be public
            accessor.trySetAccessible();
            return mapper.valueToTree(accessor.invoke(defaults));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the default of setting " + component.getName(), e);
        }
    }
}
