package io.batterylab.ui.preferences;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A {@code .properties} file edited in place: setting a key rewrites only that key's line (or appends one), removing
 * drops only its lines; comments, blank lines, order and keys this program does not know are kept as written. Values
 * are read exactly as {@link Properties#load} reads them (the same file is read by the configuration loaders).
 * Written as ISO-8859-1 with escapes, the format {@code Properties} reads; owner-only where the file system allows,
 * since it may hold a database password.
 */
public final class PropertiesFile {
    private final Path file;
    private final List<String> lines;

    private PropertiesFile(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** The file's current content; an absent file reads as empty and is created on {@link #write()}. */
    public static PropertiesFile read(Path file) throws IOException {
        List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.ISO_8859_1)
                : List.of();
        return new PropertiesFile(file, new ArrayList<>(lines));
    }

    public Path path() {
        return file;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values().getProperty(key));
    }

    public Properties values() {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(String.join("\n", lines)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the properties of " + file, e);
        }
        return properties;
    }

    /** Sets the key: its first line is replaced, further lines of the same key are dropped, else a line is appended. */
    public void set(String key, String value) {
        String line = escape(key, true) + "=" + escape(value, false);
        int at = removeLines(key);
        if (at < 0) {
            lines.add(line);
        } else {
            lines.add(at, line);
        }
    }

    public void remove(String key) {
        removeLines(key);
    }

    /** Removes every logical line of the key (with its continuation lines); returns where the first one was, or -1. */
    private int removeLines(String key) {
        int first = -1;
        int i = 0;
        while (i < lines.size()) {
            int end = logicalLineEnd(i);
            if (key.equals(keyOf(i, end))) {
                lines.subList(i, end + 1).clear();
                first = first < 0 ? i : first;
            } else {
                i = end + 1;
            }
        }
        return first;
    }

    /** The index of the last physical line of the logical line starting at {@code start}. */
    private int logicalLineEnd(int start) {
        int i = start;
        String trimmed = lines.get(i).stripLeading();
        if (trimmed.startsWith("#") || trimmed.startsWith("!")) {
            return i;
        }
        while (i + 1 < lines.size() && continues(lines.get(i))) {
            i++;
        }
        return i;
    }

    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The key of a logical line as Properties reads it; null for comments and blank lines. */
    private String keyOf(int start, int end) {
        String first = lines.get(start).stripLeading();
        if (first.isEmpty() || first.startsWith("#") || first.startsWith("!")) {
            return null;
        }
        Properties one = new Properties();
        try {
            one.load(new StringReader(String.join("\n", lines.subList(start, end + 1))));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return one.stringPropertyNames().stream().findFirst().orElse(null);
    }

    /** Writes the file atomically (a temporary file moved over it), owner-only on POSIX file systems. */
    public void write() throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".batterylab-", ".properties");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.write(temporary, lines, StandardCharsets.ISO_8859_1);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Escapes as {@link Properties#store} does: separators, comment marks, leading blanks, non-Latin-1 as \\uXXXX. */
    static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append('\\').append(c);
                case ' ' -> out.append(i == 0 || key ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
