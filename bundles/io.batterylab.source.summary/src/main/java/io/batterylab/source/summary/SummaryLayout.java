package io.batterylab.source.summary;

import io.batterylab.core.model.Feature;
import io.batterylab.source.table.ColumnMeaning;
import io.batterylab.source.table.HeaderDictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The per-cycle summary files of Severson et al. (one cell per file, e.g. b1c0_summary_data.csv):
 * a pandas index without a name, IR (ohm), QC and QD (Ah), Tavg, Tmin, Tmax (degC), chargetime (min),
 * cycle. IR, Tavg and chargetime become the features ir, t_avg and charge_time; QD gives PCL.
 */
final class SummaryLayout {
    /** The columns that mark a file as a summary; a generic table would not have them all. */
    private static final Set<String> SIGNATURE = Set.of("ir", "qc", "qd", "tavg", "tmin", "tmax", "chargetime", "cycle");

    private SummaryLayout() {
    }

    static HeaderDictionary dictionary() {
        Map<String, ColumnMeaning> names = new LinkedHashMap<>();
        names.put("IR", ColumnMeaning.of(Feature.IR));
        names.put("QD", ColumnMeaning.CAPACITY);
        names.put("Tavg", ColumnMeaning.of(Feature.T_AVG));
        names.put("chargetime", ColumnMeaning.of(Feature.CHARGE_TIME));
        names.put("cycle", ColumnMeaning.CYCLE);
        for (String notImported : List.of("", "QC", "Tmin", "Tmax")) {
            names.put(notImported, ColumnMeaning.IGNORED);
        }
        return new HeaderDictionary(names, List.of(List.of(ColumnMeaning.of(Feature.IR)), List.of(ColumnMeaning.CAPACITY),
                List.of(ColumnMeaning.of(Feature.T_AVG)), List.of(ColumnMeaning.of(Feature.CHARGE_TIME)),
                List.of(ColumnMeaning.CYCLE)));
    }

    /** Whether a header has every summary column (case-insensitive), whatever else it has. */
    static boolean matches(List<String> header) {
        return header.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList().containsAll(SIGNATURE);
    }

    /** The battery name a summary file carries in its name: "b1c0" for "b1c0_summary_data.csv". */
    static String batteryName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("_summary_data.csv")) {
            name = name.substring(0, name.length() - "_summary_data.csv".length());
        } else if (lower.endsWith(".csv")) {
            name = name.substring(0, name.length() - ".csv".length());
        }
        return name.isBlank() ? fileName : name;
    }
}
