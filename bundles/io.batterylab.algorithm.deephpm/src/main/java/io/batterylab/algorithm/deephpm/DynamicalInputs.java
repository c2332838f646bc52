package io.batterylab.algorithm.deephpm;

/**
 * What the hidden-physics network G sees (Wen et al.'s {@code inputs_dynamical}): the normalised features s, the
 * normalised cycle t, the surrogate's output u and its derivatives du/ds.
 */
public enum DynamicalInputs {
    /** G(s, t), Wen et al.'s default (their choice for SoH in case A). */
    S_T(true, true, false, false),
    /** G(s, t, u), Wen et al.'s choice for RUL in their case A. */
    S_T_U(true, true, true, false),
    /** G(s, t, u, du/ds). */
    S_T_U_US(true, true, true, true),
    /** G(t), Wen et al.'s choice for SoH in their case B. */
    T(false, true, false, false),
    /** G(t, u). */
    T_U(false, true, true, false),
    /** G(t, u, du/ds), Wen et al.'s choice for RUL in their case B. */
    T_U_US(false, true, true, true),
    /** G(u), an autonomous equation du/dt = G(u). */
    U(false, false, true, false);

    final boolean s;
    final boolean t;
    final boolean u;
    final boolean us;

    DynamicalInputs(boolean s, boolean t, boolean u, boolean us) {
        this.s = s;
        this.t = t;
        this.u = u;
        this.us = us;
    }

    /** Inputs of G for k features. */
    int width(int features) {
        return (s ? features : 0) + (t ? 1 : 0) + (u ? 1 : 0) + (us ? features : 0);
    }
}
