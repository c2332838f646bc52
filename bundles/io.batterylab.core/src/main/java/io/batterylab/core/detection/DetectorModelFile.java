package io.batterylab.core.detection;

import io.batterylab.core.settings.Settings;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The manifest every detector model directory carries, {@value #NAME}: detector id and version and the settings
 * record (numbers, booleans and strings), so that a model from another detector or a damaged file is refused
 * with a message instead of giving wrong risks.
 */
public final class DetectorModelFile {
    public static final String NAME = "detector.properties";

    private DetectorModelFile() {
    }

    public static void write(Path directory, Detector detector, Record settings) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("detector.id", detector.id());
        properties.setProperty("detector.version", detector.version());
        for (RecordComponent component : settings.getClass().getRecordComponents()) {
            properties.setProperty("settings." + component.getName(), String.valueOf(Settings.componentValue(component, settings)));
        }
        try (Writer out = Files.newBufferedWriter(directory.resolve(NAME), StandardCharsets.UTF_8)) {
            properties.store(out, "BatteryLab detector model");
        }
    }

    /**
     * The settings stored in the directory's manifest, checked against their bounds.
     *
     * @throws IOException naming the file when it is missing, unreadable, from another detector or holds
     *         settings that do not fit the detector's settings type
     */
    public static <T extends Record> T read(Path directory, Detector detector, Class<T> settingsType)
            throws IOException {
        Path file = directory.resolve(NAME);
        Properties properties = properties(file);
        String id = properties.getProperty("detector.id");
        if (!detector.id().equals(id)) {
            throw new IOException("model in " + directory + " was made by detector '" + id + "', not '"
                    + detector.id() + "'");
        }
        try {
            return Settings.check(settings(properties, settingsType), settingsType);
        } catch (IllegalArgumentException e) {
            throw new IOException("detector model manifest " + file + " holds bad settings: " + e.getMessage(), e);
        }
    }

    /**
     * One properties file of a detector model directory.
     *
     * @throws IOException naming the file: "not a detector model" when it is missing, else why it is unreadable
     */
    public static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw new IOException("not a detector model: " + file + " is missing", e);
        } catch (IllegalArgumentException | IOException e) {
            throw new IOException("detector model file " + file + " is unreadable: " + e.getMessage(), e);
        }
        return properties;
    }

    /**
     * The given settings with some components replaced by text values (as typed on a command line), checked
     * against their bounds.
     *
     * @throws IllegalArgumentException naming an unknown setting with the known ones, or a value that does not
     *         parse or is out of bounds
     */
    public static <T extends Record> T withOverrides(T settings, Map<String, String> overrides) {
        Properties properties = new Properties();
        TreeSet<String> known = new TreeSet<>();
        for (RecordComponent component : settings.getClass().getRecordComponents()) {
            known.add(component.getName());
            properties.setProperty("settings." + component.getName(),
                    String.valueOf(Settings.componentValue(component, settings)));
        }
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            if (!known.contains(override.getKey())) {
                throw new IllegalArgumentException("unknown setting '" + override.getKey() + "'; known: " + known);
            }
            properties.setProperty("settings." + override.getKey(), override.getValue().trim());
        }
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) settings.getClass();
        return Settings.check(settings(properties, type), type);
    }

    private static <T extends Record> T settings(Properties properties, Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            String text = properties.getProperty("settings." + components[i].getName());
            if (text == null) {
                throw new IllegalArgumentException("setting " + components[i].getName() + " is missing");
            }
            values[i] = parse(components[i].getName(), types[i], text);
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.trySetAccessible();
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object parse(String name, Class<?> type, String text) {
        try {
            if (type == double.class || type == Double.class) {
                return Double.parseDouble(text);
            } else if (type == int.class || type == Integer.class) {
                return Integer.parseInt(text);
            } else if (type == long.class || type == Long.class) {
                return Long.parseLong(text);
            } else if (type == boolean.class || type == Boolean.class) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException("setting " + name + " = '" + text + "' is not true/false");
                }
                return Boolean.parseBoolean(text);
            } else if (type == String.class) {
                return text;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + name + " = '" + text + "' is not a number", e);
        }
        throw new IllegalStateException("settings component " + name + " has unsupported type " + type.getName());
    }
}
