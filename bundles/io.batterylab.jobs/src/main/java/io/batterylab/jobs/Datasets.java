package io.batterylab.jobs;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.DatasetSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Reads the cells of a dataset selection as the user may see them, and splits them. */
public final class Datasets {
    private final BatteryService batteries;

    public Datasets(BatteryService batteries) {
        this.batteries = batteries;
    }

    /** The cells of each split; a row-level split scatters the rows of every training cell over all three. */
    public record Split(List<BatterySeries> train, List<BatterySeries> validation, List<BatterySeries> test) {
        public int rows(List<BatterySeries> cells) {
            return cells.stream().mapToInt(c -> c.cycles().size()).sum();
        }
    }

    /** Checks that every selected cell exists for the user. */
    public void requireVisible(long userId, DatasetSelection selection) {
        for (List<Long> part : List.of(selection.trainCells(), selection.validationCells(), selection.testCells())) {
            for (long id : part) {
                battery(userId, id);
            }
        }
    }

    public Split load(long userId, DatasetSelection selection) {
        List<BatterySeries> train = read(userId, selection.trainCells());
        if (selection.rowLevelSplit() == null) {
            return new Split(train, read(userId, selection.validationCells()), read(userId, selection.testCells()));
        }
        return splitRows(train, selection.rowLevelSplit());
    }

    static Split splitRows(List<BatterySeries> cells, DatasetSelection.RowLevelSplit split) {
        Random random = new Random(split.seed());
        List<BatterySeries> train = new ArrayList<>();
        List<BatterySeries> validation = new ArrayList<>();
        List<BatterySeries> test = new ArrayList<>();
        for (BatterySeries cell : cells) {
            List<CycleRecord> tr = new ArrayList<>();
            List<CycleRecord> va = new ArrayList<>();
            List<CycleRecord> te = new ArrayList<>();
            for (CycleRecord row : cell.cycles()) {
                double u = random.nextDouble();
                (u < split.validationFraction() ? va : u < split.validationFraction() + split.testFraction() ? te : tr).add(row);
            }
            addIfAny(train, cell, tr);
            addIfAny(validation, cell, va);
            addIfAny(test, cell, te);
        }
        return new Split(train, validation, test);
    }

    private static void addIfAny(List<BatterySeries> to, BatterySeries cell, List<CycleRecord> rows) {
        if (!rows.isEmpty()) {
            to.add(new BatterySeries(cell.batteryId(), cell.name(), rows));
        }
    }

    private List<BatterySeries> read(long userId, List<Long> ids) {
        List<BatterySeries> series = new ArrayList<>();
        for (long id : ids) {
            Battery battery = battery(userId, id);
            series.add(new BatterySeries(id, battery.name(), batteries.cycles(userId, id)));
        }
        return series;
    }

    Battery battery(long userId, long id) {
        return batteries.find(userId, id)
                .orElseThrow(() -> new IllegalArgumentException("battery " + id + " does not exist or is not yours"));
    }
}
