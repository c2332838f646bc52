package io.batterylab.core.settings;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/** Checks a plugin's settings record against its {@link Setting} annotations, for every caller alike. */
public final class Settings {
    private Settings() {
    }

    /**
     * The settings as the plugin's own type, with every numeric component inside its bounds.
     *
     * @throws IllegalArgumentException naming the component and its bounds, or the expected type
     */
    public static <T extends Record> T check(Record settings, Class<T> type) {
        if (!type.isInstance(settings)) {
            throw new IllegalArgumentException("expected settings of type " + type.getSimpleName() + ", got "
                    + (settings == null ? "none" : settings.getClass().getSimpleName()));
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Setting setting = component.getAnnotation(Setting.class);
            Object value = componentValue(component, settings);
            if (setting != null && value instanceof Number number) {
                double v = number.doubleValue();
                if (Double.isNaN(v) || v < setting.min() || v > setting.max()) {
                    throw new IllegalArgumentException(setting.label() + " (" + component.getName() + ") = " + value
                            + " is outside " + bound(setting.min()) + " .. " + bound(setting.max()));
                }
            }
            if (value == null) {
                throw new IllegalArgumentException(component.getName() + " must be set");
            }
        }
        return type.cast(settings);
    }

    /** The value of one component of a settings record (which need not be public). */
    public static Object componentValue(RecordComponent component, Record settings) {
        try {
            var accessor = component.getAccessor();
            // a plugin's settings record need not be public
            accessor.trySetAccessible();
            return accessor.invoke(settings);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read setting " + component.getName(), e);
        }
    }

    private static String bound(double b) {
        return b == Math.rint(b) && Math.abs(b) < 1e15 ? Long.toString((long) b) : Double.toString(b);
    }
}
