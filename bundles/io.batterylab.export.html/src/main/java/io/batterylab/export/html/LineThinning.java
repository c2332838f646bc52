package io.batterylab.export.html;

import java.util.Arrays;

/**
 * Which points of a long line to draw: all of them up to two per bucket, otherwise the lowest and highest point of
 * each bucket in their order (min/max decimation), so peaks and the overall shape survive at a fraction of the size.
 * A NaN stays in (where it is the bucket's only value) so that the line still breaks at a gap.
 */
final class LineThinning {
    private LineThinning() {
    }

    static int[] indices(double[] y, int n, int buckets) {
        if (n <= 2 * buckets) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] kept = new int[2 * buckets];
        int size = 0;
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            int low = -1, high = -1;
            for (int i = from; i < to; i++) {
                if (Double.isNaN(y[i])) {
                    continue;
                }
                if (low < 0 || y[i] < y[low]) {
                    low = i;
                }
                if (high < 0 || y[i] > y[high]) {
                    high = i;
                }
            }
            if (low < 0) {
                kept[size++] = from;
            } else if (low == high) {
                kept[size++] = low;
            } else {
                kept[size++] = Math.min(low, high);
                kept[size++] = Math.max(low, high);
            }
        }
        return Arrays.copyOf(kept, size);
    }
}
