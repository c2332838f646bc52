package io.batterylab.source.table;

import io.batterylab.core.model.Feature;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each meaningful column of a table is: column indexes, {@link #ABSENT} when the file has no
 * such column.
 *
 * @param names the header cells as the file spells them, for messages
 * @param features the feature columns present, in column order; a feature not in the map is missing for
 *        every row
 */
public record ColumnLayout(List<String> names, int battery, int cycle, Map<Feature, Integer> features, int rul,
        int pcl, int capacity, int nominalCapacity) {
    public static final int ABSENT = -1;

    public ColumnLayout {
        names = List.copyOf(names);
        Map<Feature, Integer> inColumnOrder = new LinkedHashMap<>();
        features.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> inColumnOrder.put(e.getKey(), e.getValue()));
        features = Collections.unmodifiableMap(inColumnOrder);
    }

    /** The column's name as the file spells it, or its 1-based position when its header cell is empty. */
    public String name(int column) {
        String name = column < names.size() ? names.get(column).strip() : "";
        return name.isEmpty() ? "#" + (column + 1) : name;
    }

    public static boolean present(int column) {
        return column != ABSENT;
    }
}
