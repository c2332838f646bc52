package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class BatchRowsTest {
    private static final float[] ROWS_OF_THREE = { 0, 1, 2, 10, 11, 12, 20, 21, 22, 30, 31, 32 };

    @Test
    void givenRowsOfThreeWhenGatheredThenThoseRowsInTheGivenOrderAsOneArray() {
        try (NDManager manager = DjlRuntime.newManager(); NDManager batch = manager.newSubManager()) {
            NDArray gathered = new BatchRows(ROWS_OF_THREE, new Shape(3)).gather(batch, new int[] { 2, 0 });

            assertEquals(new Shape(2, 3), gathered.getShape());
            assertArrayEquals(new float[] { 20, 21, 22, 0, 1, 2 }, gathered.toFloatArray());
        }
    }

    @Test
    void givenEarlierBatchClosedWhenNextGatheredThenNextHasItsOwnRowsOfAnotherSize() {
        BatchRows rows = new BatchRows(ROWS_OF_THREE, new Shape(3));
        try (NDManager manager = DjlRuntime.newManager()) {
            try (NDManager first = manager.newSubManager()) {
                rows.gather(first, new int[] { 3, 2, 1 });
            }
            try (NDManager second = manager.newSubManager()) {
                assertArrayEquals(new float[] { 10, 11, 12 }, rows.gather(second, new int[] { 1 }).toFloatArray());
            }
        }
    }

    @Test
    void givenEarlierBatchStillOpenWhenNextGatheredThenTheEarlierKeepsItsValues() {
        BatchRows rows = new BatchRows(ROWS_OF_THREE, new Shape(3));
        try (NDManager manager = DjlRuntime.newManager(); NDManager batch = manager.newSubManager()) {
            NDArray first = rows.gather(batch, new int[] { 0 });
            NDArray second = rows.gather(batch, new int[] { 3 });

            assertArrayEquals(new float[] { 0, 1, 2 }, first.toFloatArray());
            assertArrayEquals(new float[] { 30, 31, 32 }, second.toFloatArray());
        }
    }

    @Test
    void givenValuesThatAreNoWholeNumberOfRowsWhenCreatedThenRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BatchRows(new float[] { 1, 2, 3, 4 }, new Shape(3)));
        assertEquals("4 values are no whole number of rows of shape (3)", e.getMessage());
    }
}
