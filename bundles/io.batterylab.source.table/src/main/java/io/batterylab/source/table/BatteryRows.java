package io.batterylab.source.table;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportedBattery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/** The rows of one battery while a table is read, in file order. */
final class BatteryRows {
    private final String name;
    private final List<ParsedRow> rows = new ArrayList<>();
    private final Map<Integer, Integer> rowOfCycle = new HashMap<>();

    BatteryRows(String name) {
        this.name = name;
    }

    void add(ParsedRow row, ColumnLayout layout, IssueLog log) throws ImportException {
        Integer earlier = rowOfCycle.putIfAbsent(row.cycle(), row.row());
        if (earlier != null) {
            log.error(row.row(), layout.name(layout.cycle()),
                    "cycle " + row.cycle() + " of battery '" + name + "' is already in row " + earlier);
            return;
        }
        if (!rows.isEmpty() && Double.compare(row.nominalCapacityAh(), rows.get(0).nominalCapacityAh()) != 0) {
            log.error(row.row(), layout.name(layout.nominalCapacity()), "nominal capacity " + row.nominalCapacityAh()
                    + " Ah differs from " + rows.get(0).nominalCapacityAh() + " Ah in row " + rows.get(0).row()
                    + " of the same battery");
            return;
        }
        rows.add(row);
    }

    /**
     * @param cycleLife when present, RUL = cycle life - cycle for every row (the file gave none)
     */
    ImportedBattery toBattery(OptionalInt cycleLife) {
        List<ParsedRow> sorted = rows.stream().sorted(Comparator.comparingInt(ParsedRow::cycle)).toList();
        List<CycleRecord> cycles = sorted.stream().map(r -> new CycleRecord(r.cycle(), FeatureValues.of(r.features()),
                cycleLife.isPresent() ? cycleLife.getAsInt() - r.cycle() : r.rul(), r.pcl())).toList();
        Integer life = cycleLife.isPresent() ? Integer.valueOf(cycleLife.getAsInt()) : givenCycleLife(sorted);
        return new ImportedBattery(name, null, sorted.get(0).nominalCapacityAh(), null, life, cycles);
    }

    String name() {
        return name;
    }

    int lastCycle() {
        return last().cycle();
    }

    double lastPcl() {
        return last().pcl();
    }

    private ParsedRow last() {
        return rows.stream().max(Comparator.comparingInt(ParsedRow::cycle)).orElseThrow();
    }

    /** Cycle life from given RULs when every row agrees on cycle + RUL; null otherwise. */
    private static Integer givenCycleLife(List<ParsedRow> rows) {
        Set<Double> lives = rows.stream().filter(r -> !Double.isNaN(r.rul())).map(r -> r.cycle() + r.rul())
                .collect(Collectors.toSet());
        if (lives.size() != 1) {
            return null;
        }
        double life = lives.iterator().next();
        return life == Math.rint(life) && life <= Integer.MAX_VALUE ? Integer.valueOf((int) life) : null;
    }
}
