package io.batterylab.ui.areas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The order of the areas in the switcher: Data · Analysis · Training · Models · Testing · Monitoring, then areas
 * this product does not know yet in the order they were contributed. An area is known by its
 * perspective id ({@code io.batterylab.app.perspective.data}, {@code io.batterylab.ui.<area>.perspective}).
 */
public final class AreaOrder {
    public static final List<String> KNOWN = List.of("data", "analysis", "training", "models", "testing", "monitoring");

    private AreaOrder() {
    }

    /** The area name in a perspective id, e.g. "analysis"; null for an id of another shape. */
    public static String area(String perspectiveId) {
        if (perspectiveId == null) {
            return null;
        }
        if (perspectiveId.startsWith("io.batterylab.app.perspective.")) {
            return perspectiveId.substring("io.batterylab.app.perspective.".length());
        }
        if (perspectiveId.startsWith("io.batterylab.ui.") && perspectiveId.endsWith(".perspective")) {
            return perspectiveId.substring("io.batterylab.ui.".length(), perspectiveId.length() - ".perspective".length());
        }
        return null;
    }

    /** The elements sorted by area rank; a stable sort keeps the contribution order of unknown areas. */
    public static <T> List<T> sort(List<T> elements, Function<T, String> perspectiveId) {
        List<T> sorted = new ArrayList<>(elements);
        sorted.sort(Comparator.comparingInt(e -> rank(perspectiveId.apply(e))));
        return sorted;
    }

    private static int rank(String perspectiveId) {
        String area = area(perspectiveId);
        int known = area == null ? -1 : KNOWN.indexOf(area);
        return known < 0 ? KNOWN.size() : known;
    }
}
