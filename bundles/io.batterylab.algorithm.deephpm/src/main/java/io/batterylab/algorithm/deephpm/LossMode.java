package io.batterylab.algorithm.deephpm;

/** How DeepHPM combines its data loss and its two physics residuals. */
public enum LossMode {
    /** L = L_u + L_f + L_ft. */
    SUM,
    /**
     * Uncertainty-based adaptive balance (Kendall et al., as in Wen et al.): L = sum of exp(-s_k) L_k + s_k with
     * learned log-variances s_k.
     */
    ADP_BAL
}
