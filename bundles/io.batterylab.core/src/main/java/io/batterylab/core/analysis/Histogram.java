package io.batterylab.core.analysis;

/**
 * Equal-width bins: bin i covers [edges[i], edges[i+1]); the last bin includes its upper edge.
 *
 * @param edges bins + 1 ascending edges
 * @param counts one count per bin
 */
public record Histogram(double[] edges, long[] counts) {
}
