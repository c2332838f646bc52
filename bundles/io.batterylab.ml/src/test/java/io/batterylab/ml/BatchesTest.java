package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BatchesTest {
    @Test
    void givenTenRowsWhenShuffledInBatchesOfFourThenEveryRowOnceInSizesFourFourTwo() {
        List<int[]> batches = Batches.shuffled(10, 4, new Random(1));
        assertEquals(List.of(4, 4, 2), batches.stream().map(b -> b.length).toList());
        int[] all = batches.stream().flatMapToInt(Arrays::stream).sorted().toArray();
        assertArrayEquals(new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, all);
    }

    @Test
    void givenSeedWhenShuffledTwiceThenSameOrderAndAnotherSeedGivesAnother() {
        int[] a = Batches.shuffled(50, 50, new Random(7)).get(0);
        int[] b = Batches.shuffled(50, 50, new Random(7)).get(0);
        int[] c = Batches.shuffled(50, 50, new Random(8)).get(0);
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void givenRowsWhenInOrderThenConsecutive() {
        List<int[]> batches = Batches.inOrder(5, 2);
        assertArrayEquals(new int[] { 4 }, batches.get(2));
        assertArrayEquals(new int[] { 2, 3 }, batches.get(1));
    }

    @Test
    void givenRowsOfThreeWhenGatheredThenThoseRowsInTheGivenOrder() {
        float[] flat = {0, 1, 2, 10, 11, 12, 20, 21, 22};

        assertArrayEquals(new float[] {20, 21, 22, 0, 1, 2, 20, 21, 22}, Batches.gather(flat, 3, new int[] {2, 0, 2}));
        assertArrayEquals(new float[] {12, 0}, Batches.gather(flat, new int[] {5, 0}));
    }
}
