package io.batterylab.ui.training;

import io.batterylab.core.model.Battery;
import io.batterylab.core.training.DatasetSelection;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells a person picks for a training job and the role of each: split by cell (the default) or, only on explicit
 * request, by row inside the training cells, which leaks neighbouring cycles of one cell into validation and test.
 */
public final class CellRoles {
    /** Validation and test share of the rows in a row-level split. */
    public static final double ROW_VALIDATION = 0.2;
    public static final double ROW_TEST = 0.1;

    private final Map<Long, Battery> cells = new LinkedHashMap<>();
    private final Map<Long, CellRole> roles = new LinkedHashMap<>();
    private boolean rowLevel;

    public CellRoles(List<Battery> cells) {
        cells.forEach(c -> {
            this.cells.put(c.id(), c);
            roles.put(c.id(), CellRole.UNUSED);
        });
    }

    public List<Battery> cells() {
        return List.copyOf(cells.values());
    }

    public CellRole role(long cellId) {
        return roles.getOrDefault(cellId, CellRole.UNUSED);
    }

    public void assign(Collection<Long> cellIds, CellRole role) {
        for (Long id : cellIds) {
            if (!cells.containsKey(id)) {
                throw new IllegalArgumentException("cell " + id + " is not among the listed cells");
            }
            roles.put(id, role);
        }
    }

    /**
     * Roles from the cells' own split labels: "train" trains, "test" validates, "secondary_test" (or any other
     * label with "test") tests; cells without a label stay unused.
     */
    public void assignBySplitLabels() {
        cells.values().forEach(c -> roles.put(c.id(), roleOf(c.split())));
    }

    private static CellRole roleOf(String split) {
        if (split == null) {
            return CellRole.UNUSED;
        }
        String s = split.toLowerCase(java.util.Locale.ROOT);
        if (s.equals("train")) {
            return CellRole.TRAIN;
        }
        if (s.equals("test")) {
            return CellRole.VALIDATION;
        }
        return s.contains("test") ? CellRole.TEST : CellRole.UNUSED;
    }

    public int count(CellRole role) {
        return (int) roles.values().stream().filter(r -> r == role).count();
    }

    /** E.g. "Train 2 · Validation 1 · Test 0". */
    public String counts() {
        return CellRole.TRAIN.label() + " " + count(CellRole.TRAIN) + " · " + CellRole.VALIDATION.label() + " "
                + count(CellRole.VALIDATION) + " · " + CellRole.TEST.label() + " " + count(CellRole.TEST);
    }

    public boolean rowLevel() {
        return rowLevel;
    }

    public void rowLevel(boolean splitRows) {
        this.rowLevel = splitRows;
    }

    /** Why no dataset can be built yet; null when it can. */
    public String problem() {
        if (count(CellRole.TRAIN) == 0) {
            return "Pick at least one training cell";
        }
        if (rowLevel && (count(CellRole.VALIDATION) > 0 || count(CellRole.TEST) > 0)) {
            return "A row-level split draws validation and test rows from the training cells: use no validation or test cells";
        }
        return null;
    }

    /**
     * @param seed of the row draw in a row-level split
     * @throws IllegalArgumentException with {@link #problem()}
     */
    public DatasetSelection selection(long seed) {
        String problem = problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        List<Long> train = ids(CellRole.TRAIN);
        return rowLevel ? new DatasetSelection(train, List.of(), List.of(),
                new DatasetSelection.RowLevelSplit(ROW_VALIDATION, ROW_TEST, seed))
                : DatasetSelection.byCell(train, ids(CellRole.VALIDATION), ids(CellRole.TEST));
    }

    private List<Long> ids(CellRole role) {
        return roles.entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey).toList();
    }
}
