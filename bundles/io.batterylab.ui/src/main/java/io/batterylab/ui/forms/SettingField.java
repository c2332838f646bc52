package io.batterylab.ui.forms;

import io.batterylab.core.settings.Setting;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One editable component of a plugin's settings record, described by its {@link Setting}: what the form shows and
 * how the text a person types becomes a value. Numbers are parsed in the invariant (dot) notation.
 *
 * @param name the record component's name
 * @param label the setting's label, or the name without an annotation
 * @param type the component's type (primitive, boxed, String or enum)
 * @param choices the enum constants' names; empty for other types
 */
public record SettingField(String name, String label, String description, Class<?> type, double min, double max,
        List<String> choices) {
    public SettingField {
        choices = List.copyOf(choices);
    }

    static SettingField of(RecordComponent component) {
        Setting setting = component.getAnnotation(Setting.class);
        Class<?> type = component.getType();
        List<String> choices = type.isEnum()
                ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
                : List.of();
        return setting == null
                ? new SettingField(component.getName(), component.getName(), "", type, Double.NEGATIVE_INFINITY,
                        Double.POSITIVE_INFINITY, choices)
                : new SettingField(component.getName(), setting.label(), setting.description(), type, setting.min(),
                        setting.max(), choices);
    }

    public boolean isWholeNumber() {
        return type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class;
    }

    public boolean isNumber() {
        return isWholeNumber() || type == double.class || type == float.class || type == Double.class
                || type == Float.class;
    }

    public boolean isFlag() {
        return type == boolean.class || type == Boolean.class;
    }

    public boolean isChoice() {
        return type.isEnum();
    }

    /** The bounds as a person reads them, e.g. "1 .. 5000"; empty without bounds. */
    public String bounds() {
        if (!isNumber() || (Double.isInfinite(min) && Double.isInfinite(max))) {
            return "";
        }
        return format(min) + " .. " + format(max);
    }

    /** The text a value is shown as in the form. */
    public String text(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return format(((Number) value).doubleValue());
        }
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    /** The value of the text, or why it is not one this setting accepts. */
    public Parsed parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() && type != String.class) {
            return Parsed.error(label + " is empty");
        }
        try {
            if (isWholeNumber()) {
                return bounded(Long.parseLong(t), narrow(Long.parseLong(t)));
            }
            if (isNumber()) {
                double v = Double.parseDouble(t);
                if (!Double.isFinite(v)) {
                    return Parsed.error(label + " must be a finite number");
                }
                return bounded(v, type == float.class || type == Float.class ? (Object) (float) v : (Object) v);
            }
        } catch (NumberFormatException e) {
            return Parsed.error(label + " must be " + (isWholeNumber() ? "a whole number" : "a number") + ", not '"
                    + t + "'");
        }
        if (isFlag()) {
            return t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false") ? Parsed.ok(Boolean.parseBoolean(t))
                    : Parsed.error(label + " must be true or false");
        }
        if (isChoice()) {
            return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(t)).findFirst()
                    .map(Parsed::ok).orElseGet(() -> Parsed.error(label + " must be one of " + choices));
        }
        if (type == String.class) {
            return Parsed.ok(t);
        }
        return Parsed.error(label + " has a type the form cannot edit: " + type.getSimpleName());
    }

    private Parsed bounded(double v, Object value) {
        if (v < min || v > max) {
            return Parsed.error(label + " must be between " + bounds().replace(" .. ", " and ") + ", not "
                    + text(value));
        }
        return Parsed.ok(value);
    }

    private Object narrow(long v) {
        if (type == int.class || type == Integer.class) {
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return (int) v;
        }
        if (type == short.class || type == Short.class) {
            if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return (short) v;
        }
        return v;
    }

    private static String format(double b) {
        if (Double.isInfinite(b)) {
            return b > 0 ? "∞" : "-∞";
        }
        return b == Math.rint(b) && Math.abs(b) < 1e15 ? Long.toString((long) b)
                : BigDecimal.valueOf(b).stripTrailingZeros().toPlainString();
    }

    /** A parsed value or the message saying why the text is not one. */
    public record Parsed(Object value, String error) {
        static Parsed ok(Object value) {
            return new Parsed(value, null);
        }

        static Parsed error(String message) {
            return new Parsed(null, message);
        }

        public boolean ok() {
            return error == null;
        }
    }
}
