package io.batterylab.data;

import java.util.Locale;

/**
 * The original name of an uploaded file, reduced to something safe to show and to read an extension
 * from. It is never used as a path: stored files are named by ids.
 */
public final class UploadFileName {
    private static final int MAX_LENGTH = 255;

    private UploadFileName() {
    }

    /** Drops any directory part (both separators), control characters and surrounding blanks. */
    public static String displayName(String original) {
        if (original == null) {
            return "upload";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "upload";
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }

    /** Lower-case extension without the dot, or "" when there is none. */
    public static String extension(String displayName) {
        int dot = displayName.lastIndexOf('.');
        return dot <= 0 || dot == displayName.length() - 1 ? "" : displayName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
