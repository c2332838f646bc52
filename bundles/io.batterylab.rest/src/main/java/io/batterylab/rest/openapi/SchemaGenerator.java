package io.batterylab.rest.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpenAPI 3.0 schemas generated from the records the API writes and reads, so that a documented field always
 * exists. A record becomes a named component schema referenced by {@code $ref}; boxed numbers are nullable (a
 * missing measurement), primitives are required.
 */
final class SchemaGenerator {
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Map<String, ObjectNode> components = new TreeMap<>();

    /** The schemas named so far, for {@code components/schemas}. */
    Map<String, ObjectNode> components() {
        return components;
    }

    ObjectNode schemaOf(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(raw)) {
                return array(schemaOf(p.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = nodes.objectNode().put("type", "object");
                map.set("additionalProperties", schemaOf(p.getActualTypeArguments()[1]));
                return map;
            }
            return schemaOf(raw);
        }
        Class<?> c = (Class<?>) type;
        if (c == long.class || c == int.class) {
            return nodes.objectNode().put("type", "integer").put("format", c == long.class ? "int64" : "int32");
        }
        if (c == Long.class || c == Integer.class) {
            return nodes.objectNode().put("type", "integer").put("format", c == Long.class ? "int64" : "int32")
                    .put("nullable", true);
        }
        if (c == double.class) {
            return nodes.objectNode().put("type", "number");
        }
        if (c == Double.class) {
            return nodes.objectNode().put("type", "number").put("nullable", true);
        }
        if (c == boolean.class || c == Boolean.class) {
            return nodes.objectNode().put("type", "boolean");
        }
        if (c == String.class) {
            return nodes.objectNode().put("type", "string");
        }
        if (c == byte[].class) {
            return nodes.objectNode().put("type", "string").put("format", "binary");
        }
        if (c.isArray()) {
            // Array items that are numbers may be null: a missing value or an undefined correlation.
            ObjectNode items = schemaOf(c.getComponentType());
            if (c.getComponentType() == double.class) {
                items.put("nullable", true);
            }
            return array(items);
        }
        if (c.isEnum()) {
            ObjectNode e = nodes.objectNode().put("type", "string");
            ArrayNode values = e.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(constant.toString());
            }
            return e;
        }
        if (c.isRecord()) {
            return ref(c);
        }
        // Free-form values (e.g. an event's details)
        return nodes.objectNode();
    }

    private ObjectNode ref(Class<?> record) {
        String name = record.getSimpleName();
        if (!components.containsKey(name)) {
            ObjectNode schema = nodes.objectNode().put("type", "object");
            components.put(name, schema); // before the components, for records that refer to themselves
            ObjectNode properties = schema.putObject("properties");
            ArrayNode required = nodes.arrayNode();
            for (RecordComponent component : record.getRecordComponents()) {
                properties.set(component.getName(), schemaOf(component.getGenericType()));
                if (component.getType().isPrimitive()) {
                    required.add(component.getName());
                }
            }
            if (!required.isEmpty()) {
                schema.set("required", required);
            }
        }
        return nodes.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    private ObjectNode array(ObjectNode items) {
        ObjectNode array = nodes.objectNode().put("type", "array");
        array.set("items", items);
        return array;
    }
}
