package io.batterylab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatterySource;
import io.batterylab.core.training.DatasetSelection;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellRolesTest {
    static Battery cell(long id, String split) {
        return new Battery(id, null, "cell " + id, BatterySource.BUILT_IN, null, split, 1.1, "4C", 800, 100, false);
    }

    private final CellRoles roles = new CellRoles(List.of(cell(1, "train"), cell(2, "train"), cell(3, "test"),
            cell(4, "secondary_test"), cell(5, null)));

    @Test
    void givenCellsWhenAssignedByHandThenTheSelectionSplitsByCell() {
        roles.assign(List.of(1L, 2L), CellRole.TRAIN);
        roles.assign(List.of(3L), CellRole.VALIDATION);
        roles.assign(List.of(4L), CellRole.TEST);

        assertEquals("Train 2 · Validation 1 · Test 1", roles.counts());
        DatasetSelection selection = roles.selection(1);
        assertEquals(DatasetSelection.byCell(List.of(1L, 2L), List.of(3L), List.of(4L)), selection);
        assertFalse(selection.leaks());
    }

    @Test
    void givenSplitLabelsWhenAssignedBySplitThenTrainTrainsTestValidatesAndSecondaryTestTests() {
        roles.assignBySplitLabels();

        assertEquals(CellRole.TRAIN, roles.role(1));
        assertEquals(CellRole.VALIDATION, roles.role(3));
        assertEquals(CellRole.TEST, roles.role(4));
        assertEquals(CellRole.UNUSED, roles.role(5));
    }

    @Test
    void givenNoTrainingCellWhenCheckedThenTheProblemSaysSoAndNoSelectionIsBuilt() {
        assertEquals("Pick at least one training cell", roles.problem());
        assertThrows(IllegalArgumentException.class, () -> roles.selection(1));
    }

    @Test
    void givenARowLevelSplitWhenAskedForThenItLeaksAndRefusesValidationCells() {
        roles.assign(List.of(1L, 2L), CellRole.TRAIN);
        roles.rowLevel(true);
        assertNull(roles.problem());
        DatasetSelection selection = roles.selection(7);
        assertTrue(selection.leaks());
        assertEquals(new DatasetSelection.RowLevelSplit(0.2, 0.1, 7), selection.rowLevelSplit());

        roles.assign(List.of(3L), CellRole.VALIDATION);
        assertTrue(roles.problem().startsWith("A row-level split draws validation and test rows"));
    }

    @Test
    void givenSeedTextWhenParsedThenListsAndMistakesAreNamed() {
        assertEquals(List.of(1L, 2L, 3L), SeedText.parse(" 1, 2 3 "));
        assertEquals("a seed is a whole number, not 'x'",
                assertThrows(IllegalArgumentException.class, () -> SeedText.parse("1, x")).getMessage());
        assertEquals("seed 2 is given twice",
                assertThrows(IllegalArgumentException.class, () -> SeedText.parse("2, 2")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SeedText.parse("1 2 3 4 5 6"));
        assertThrows(IllegalArgumentException.class, () -> SeedText.parse(" "));
    }
}
