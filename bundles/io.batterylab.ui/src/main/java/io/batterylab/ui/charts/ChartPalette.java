package io.batterylab.ui.charts;

import java.util.List;
import org.eclipse.swt.graphics.RGB;

/**
 * The product's series colours: the Okabe–Ito palette, which stays distinguishable for the common
 * forms of colour blindness. Yellow comes last because it is faint on white.
 */
public final class ChartPalette {
    private static final List<RGB> COLOURS = List.of(
            new RGB(0x00, 0x72, 0xB2), // blue
            new RGB(0xE6, 0x9F, 0x00), // orange
            new RGB(0x00, 0x9E, 0x73), // bluish green
            new RGB(0xD5, 0x5E, 0x00), // vermillion
            new RGB(0xCC, 0x79, 0xA7), // reddish purple
            new RGB(0x56, 0xB4, 0xE9), // sky blue
            new RGB(0x00, 0x00, 0x00), // black
            new RGB(0xF0, 0xE4, 0x42)); // yellow

    private ChartPalette() {
    }

    /** The colour of the i-th series; past the eighth the colours repeat (styles tell them apart). */
    public static RGB rgb(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }

    public static int size() {
        return COLOURS.size();
    }

    /** {@code #rrggbb}, for SVG. */
    public static String hex(RGB rgb) {
        return String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }
}
