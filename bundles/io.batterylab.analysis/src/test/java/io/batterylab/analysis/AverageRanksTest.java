package io.batterylab.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class AverageRanksTest {

    @Test
    void givenTies_whenRanked_thenTiedValuesShareTheAverageOfTheirRanks() {
        // sorted: 1 (rank 1), 3,3,3 (ranks 2,3,4 -> 3), 7 (5), 9,9 (6,7 -> 6.5)
        double[] ranks = AverageRanks.of(new double[] {9, 3, 1, 3, 9, 7, 3});

        assertArrayEquals(new double[] {6.5, 3, 1, 3, 6.5, 5, 3}, ranks, 0);
    }

    @Test
    void givenDistinctValues_whenRanked_thenPositionsInSortedOrder() {
        assertArrayEquals(new double[] {2, 3, 1}, AverageRanks.of(new double[] {0.5, 2.5, -1}), 0);
    }
}
