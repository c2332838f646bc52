package io.batterylab.source.csv;

/** Guesses the delimiter of a CSV file from its header line. */
final class Delimiters {
    private static final char[] CANDIDATES = { ',', ';', '\t' };

    private Delimiters() {
    }

    /** The candidate found most often outside quotes in the first line; a comma when none is. */
    static char detect(String text) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int k = 0; k < CANDIDATES.length && !quoted; k++) {
                counts[k] += c == CANDIDATES[k] ? 1 : 0;
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            best = counts[k] > counts[best] ? k : best;
        }
        return CANDIDATES[best];
    }
}
