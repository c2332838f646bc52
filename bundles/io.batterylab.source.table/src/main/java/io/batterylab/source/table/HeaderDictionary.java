package io.batterylab.source.table;

import io.batterylab.core.model.Feature;
import io.batterylab.core.plugin.ImportException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The column names a layout understands and which of them a file must have. Names are matched
 * without regard to case, surrounding blanks, or spaces and hyphens versus underscores, so "Battery
 * ID" and "battery_id" are the same column.
 */
public final class HeaderDictionary {
    private final Map<String, ColumnMeaning> byName = new HashMap<>();
    private final Map<ColumnMeaning, List<String>> spellings = new LinkedHashMap<>();
    private final List<List<ColumnMeaning>> required;

    /**
     * @param byName column names to their meaning; the first name given for a meaning is the one
     *        messages suggest
     * @param required groups of meanings of which the file must have at least one each
     */
    public HeaderDictionary(Map<String, ColumnMeaning> byName, List<List<ColumnMeaning>> required) {
        byName.forEach((name, meaning) -> {
            this.byName.put(normalize(name), meaning);
            spellings.computeIfAbsent(meaning, m -> new ArrayList<>()).add(name);
        });
        this.required = List.copyOf(required);
    }

    /**
     * The generic upload table: a battery-id column, cycle, any of the eight features by their
     * stable key, and RUL, PCL or discharge capacity (+ optional nominal capacity).
     */
    public static HeaderDictionary generic() {
        Map<String, ColumnMeaning> names = new LinkedHashMap<>();
        for (String alias : List.of("battery_id", "battery", "cell", "cell_id", "battery_name", "barcode")) {
            names.put(alias, ColumnMeaning.BATTERY);
        }
        names.put("cycle", ColumnMeaning.CYCLE);
        names.put("cycle_number", ColumnMeaning.CYCLE);
        for (Feature f : Feature.values()) {
            names.put(f.key(), ColumnMeaning.of(f));
        }
        names.put("rul", ColumnMeaning.RUL);
        names.put("pcl", ColumnMeaning.PCL);
        names.put("qd", ColumnMeaning.CAPACITY);
        names.put("capacity_ah", ColumnMeaning.CAPACITY);
        names.put("nominal_capacity_ah", ColumnMeaning.NOMINAL_CAPACITY);
        return new HeaderDictionary(names, List.of(List.of(ColumnMeaning.BATTERY), List.of(ColumnMeaning.CYCLE),
                List.of(ColumnMeaning.RUL, ColumnMeaning.PCL, ColumnMeaning.CAPACITY)));
    }

    public Optional<ColumnMeaning> meaningOf(String headerCell) {
        return Optional.ofNullable(byName.get(normalize(headerCell)));
    }

    /** Whether a header (e.g. the first line of a file) has a column of the given meaning. */
    public boolean hasColumn(List<String> header, ColumnMeaning meaning) {
        return header.stream().anyMatch(h -> meaningOf(h).filter(meaning::equals).isPresent());
    }

    /**
     * Maps a header row. Unknown columns are ignored with a warning; a meaning given twice or a
     * required column missing is an error, and the file is rejected at once because no row can be
     * read without knowing its columns.
     */
    public ColumnLayout layout(TableRow header, IssueLog log) throws ImportException {
        Map<ColumnMeaning, Integer> found = new HashMap<>();
        List<String> names = header.cells();
        for (int column = 0; column < names.size(); column++) {
            String name = names.get(column).strip();
            Optional<ColumnMeaning> meaning = meaningOf(name);
            if (meaning.isEmpty()) {
                log.warn(header.number(), name.isEmpty() ? "#" + (column + 1) : name,
                        name.isEmpty() ? "column without a name, ignored" : "unknown column, ignored");
            } else if (meaning.get().role() != ColumnMeaning.Role.IGNORED) {
                Integer earlier = found.putIfAbsent(meaning.get(), column);
                if (earlier != null) {
                    log.error(header.number(), name, "means the same as column '" + names.get(earlier).strip()
                            + "'; keep only one of them");
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (List<ColumnMeaning> group : required) {
            if (group.stream().noneMatch(found::containsKey)) {
                missing.add(group.stream().map(this::spelling).collect(Collectors.joining(" or ")));
            }
        }
        if (!missing.isEmpty()) {
            log.error(header.number(), null, "missing required column" + (missing.size() > 1 ? "s: " : ": ")
                    + String.join(", ", missing));
        }
        log.rejectIfErrors();
        Map<Feature, Integer> features = new EnumMap<>(Feature.class);
        found.forEach((meaning, column) -> {
            if (meaning.role() == ColumnMeaning.Role.FEATURE) {
                features.put(meaning.feature(), column);
            }
        });
        return new ColumnLayout(names, column(found, ColumnMeaning.BATTERY), column(found, ColumnMeaning.CYCLE),
                features, column(found, ColumnMeaning.RUL), column(found, ColumnMeaning.PCL),
                column(found, ColumnMeaning.CAPACITY), column(found, ColumnMeaning.NOMINAL_CAPACITY));
    }

    private static int column(Map<ColumnMeaning, Integer> found, ColumnMeaning meaning) {
        return found.getOrDefault(meaning, ColumnLayout.ABSENT);
    }

    /** The names a meaning is known by, e.g. "battery_id (or battery, cell, ...)". */
    private String spelling(ColumnMeaning meaning) {
        List<String> aliases = spellings.get(meaning);
        return aliases.size() == 1 ? aliases.get(0)
                : aliases.get(0) + " (or " + String.join(", ", aliases.subList(1, aliases.size())) + ")";
    }

    static String normalize(String headerCell) {
        return headerCell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
