package io.batterylab.core.plugin;

/**
 * Text for a spreadsheet cell that a spreadsheet will show and never run. Battery names, file names and settings
 * come from users; a cell starting with {@code = + - @} (or a tab or carriage return, which some programs strip
 * first) would be read as a formula when the file is opened (CSV/formula injection, OWASP). Such text gets a
 * leading apostrophe, which Excel and LibreOffice take as "this is text" and do not display.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {
    }

    /** The text unchanged unless a spreadsheet would take it for a formula; then with a leading {@code '}. */
    public static String neutralise(String text) {
        return runsAsFormula(text) ? "'" + text : text;
    }

    /** True when a spreadsheet could take the text for a formula (XLSX marks such a cell "quote prefixed"). */
    public static boolean runsAsFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
