package io.batterylab.source.table;

import java.util.regex.Pattern;

/** What a parser's exception says for a person. */
public final class Failures {
    private Failures() {
    }

    /** Said instead of a message that would only show a parser's insides. */
    public static final String NO_DETAIL = "its structure cannot be read";
    /** A parser's feature URL or a qualified class name, e.g. "org.apache.poi.ooxml.POIXMLException". */
    private static final Pattern INTERNALS = Pattern.compile("https?://|\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*");

    /**
     * The innermost message of a chain, which names what is actually wrong ("Truncated ZIP file")
     * where the outer ones name only where it was noticed; {@link #NO_DETAIL} when there is none or
     * it names the parser's insides (a feature URL, a class name) rather than the file.
     */
    public static String innermostMessage(Throwable thrown) {
        String message = null;
        for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
            message = t.getMessage() != null ? t.getMessage() : message;
        }
        return message == null || message.isBlank() || INTERNALS.matcher(message).find() ? NO_DETAIL : message;
    }
}
