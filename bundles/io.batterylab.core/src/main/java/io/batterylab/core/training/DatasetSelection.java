package io.batterylab.core.training;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cells a training job learns from, split by cell into training, validation and test cells (built-in cells
 * and uploads alike, by battery id). A split by row is possible only on explicit request ({@link RowLevelSplit}):
 * then neighbouring cycles of one cell land on both sides and the metrics are optimistic (leakage).
 *
 * @param trainCells cells to train on; with a row-level split, the cells whose rows are split
 * @param validationCells cells for the per-epoch validation metrics; empty with a row-level split
 * @param testCells cells for the final test metrics of each run; empty with a row-level split
 * @param rowLevelSplit null for the split by cell
 */
public record DatasetSelection(List<Long> trainCells, List<Long> validationCells, List<Long> testCells,
        RowLevelSplit rowLevelSplit) {

    /**
     * Rows (not cells) drawn at random into validation and test; the rest trains.
     *
     * @param validationFraction 0..1
     * @param testFraction 0..1, with validationFraction + testFraction below 1
     * @param seed of the random draw
     */
    public record RowLevelSplit(double validationFraction, double testFraction, long seed) {
        public RowLevelSplit {
            if (!(validationFraction >= 0) || !(testFraction >= 0) || validationFraction + testFraction >= 1) {
                throw new IllegalArgumentException("row-level split fractions must be >= 0 and leave rows to train on");
            }
        }
    }

    public DatasetSelection {
        trainCells = List.copyOf(trainCells);
        validationCells = validationCells == null ? List.of() : List.copyOf(validationCells);
        testCells = testCells == null ? List.of() : List.copyOf(testCells);
        if (trainCells.isEmpty()) {
            throw new IllegalArgumentException("select at least one training cell");
        }
        if (rowLevelSplit != null && (!validationCells.isEmpty() || !testCells.isEmpty())) {
            throw new IllegalArgumentException("a row-level split draws validation and test rows from the training cells:"
                    + " select no validation or test cells");
        }
        Set<Long> seen = new HashSet<>();
        for (List<Long> part : List.of(trainCells, validationCells, testCells)) {
            for (Long id : part) {
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("cell " + id + " is selected twice: a cell belongs to one split");
                }
            }
        }
    }

    public static DatasetSelection byCell(List<Long> train, List<Long> validation, List<Long> test) {
        return new DatasetSelection(train, validation, test, null);
    }

    /** True when rows of one cell may be on both sides of the split. */
    public boolean leaks() {
        return rowLevelSplit != null;
    }
}
