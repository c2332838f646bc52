package io.batterylab.ui.forms;

import io.batterylab.core.settings.Settings;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of a settings form without widgets: one text per component of the plugin's settings record, starting
 * from its defaults, each checked against its {@link io.batterylab.core.settings.Setting} bounds as it changes, and
 * the record built from them when all are valid.
 */
public final class SettingsFormModel {
    private final Class<? extends Record> type;
    private final List<SettingField> fields;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, SettingField.Parsed> parsed = new LinkedHashMap<>();

    public SettingsFormModel(Class<? extends Record> type, Record defaults) {
        this.type = type;
        this.fields = Arrays.stream(type.getRecordComponents()).map(SettingField::of).toList();
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            SettingField field = fields.get(i);
            set(field.name(), type.isInstance(defaults)
                    ? field.text(Settings.componentValue(components[i], defaults)) : "");
        }
    }

    public List<SettingField> fields() {
        return fields;
    }

    public String text(String name) {
        return texts.get(name);
    }

    /** Takes the text typed for one setting and checks it at once. */
    public void set(String name, String text) {
        SettingField field = field(name);
        texts.put(name, text);
        parsed.put(name, field.parse(text));
    }

    /** Why the setting's current text is not accepted; empty when it is. */
    public Optional<String> error(String name) {
        field(name);
        return Optional.ofNullable(parsed.get(name).error());
    }

    /** The first problem in form order; empty when the settings can be built. */
    public Optional<String> firstError() {
        return parsed.values().stream().filter(p -> !p.ok()).map(SettingField.Parsed::error).findFirst();
    }

    public boolean isValid() {
        return firstError().isEmpty();
    }

    /**
     * The settings record of the current texts.
     *
     * @throws IllegalStateException with the first problem while a text is not accepted
     */
    public Record settings() {
        firstError().ifPresent(e -> {
            throw new IllegalStateException(e);
        });
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Object[] values = fields.stream().map(f -> parsed.get(f.name()).value()).toArray();
        try {
            var constructor = type.getDeclaredConstructor(types);
            // a plugin's settings record need not be public
            constructor.trySetAccessible();
            return Settings.check(constructor.newInstance(values), type);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(type.getSimpleName() + " refused the settings: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private SettingField field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no setting " + name));
    }
}
