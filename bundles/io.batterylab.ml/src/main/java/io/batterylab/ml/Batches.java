package io.batterylab.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Splits row indices into mini-batches. */
public final class Batches {
    private Batches() {
    }

    /** All of 0..rows-1 once, in an order drawn from {@code random}, cut into batches of {@code size} (the last may be smaller). */
    public static List<int[]> shuffled(int rows, int size, Random random) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return cut(order, size);
    }

    /** 0..rows-1 in order, cut into batches of {@code size}. */
    public static List<int[]> inOrder(int rows, int size) {
        int[] order = new int[rows];
        Arrays.setAll(order, i -> i);
        return cut(order, size);
    }

    private static List<int[]> cut(int[] order, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + size);
        }
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += size) {
            batches.add(Arrays.copyOfRange(order, from, Math.min(order.length, from + size)));
        }
        return batches;
    }

    /** The given rows of {@code flat} (rows of {@code rowSize} values one after another), in that order. */
    public static float[] gather(float[] flat, int rowSize, int[] rows) {
        float[] gathered = new float[rows.length * rowSize];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(flat, rows[i] * rowSize, gathered, i * rowSize, rowSize);
        }
        return gathered;
    }

    /** The given entries of {@code values}, in that order. */
    public static float[] gather(float[] values, int[] rows) {
        return gather(values, 1, rows);
    }
}
