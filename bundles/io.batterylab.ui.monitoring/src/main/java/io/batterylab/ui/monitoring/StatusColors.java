package io.batterylab.ui.monitoring;

import io.batterylab.core.plugin.DeviceStatus;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Status colours from the Okabe–Ito palette (told apart also by colour-blind eyes), always shown with the status word:
 * NORMAL bluish green, WARNING orange, DANGER vermilion; light tints as cell backgrounds, the full colour for
 * DANGER, black text on all of them.
 */
final class StatusColors {
    static final RGB DANGER = new RGB(0xD5, 0x5E, 0x00);
    private static final RGB WARNING = new RGB(0xFF, 0xD8, 0x8A);
    private static final RGB NORMAL = new RGB(0xC7, 0xEB, 0xDD);
    private static final RGB STALE = new RGB(0x80, 0x80, 0x80);

    private StatusColors() {
    }

    /** The background of a cell showing the status, null when unknown. */
    static Color background(DeviceStatus status) {
        if (status == null) {
            return null;
        }
        return new Color(switch (status) {
            case NORMAL -> NORMAL;
            case WARNING -> WARNING;
            case DANGER -> DANGER;
        });
    }

    /** The text on those backgrounds: black (on vermilion it contrasts better than white, about 5.6 : 1). */
    static Color ink() {
        return new Color(new RGB(0, 0, 0));
    }

    static Color stale() {
        return new Color(STALE);
    }

    static String text(DeviceStatus status) {
        return status == null ? "—" : status.name();
    }
}
