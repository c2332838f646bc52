package io.batterylab.sample.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellSimulatorTest {
    private static final int T_AVG = 3;
    private static final int IR = 4;
    private static final int CHARGE_TIME = 5;
    private static final int RUL = 9;
    private static final int PCL = 10;

    @Test
    void givenSameCellTwoPolicies_whenSimulated_thenFasterPolicyChargesSoonerAndRunsWarmer() {
        // C_rms^2: 3.6C one-step 12.96; 6C(40%)-4.8C (6 * 0.4 + 4.8 * 0.4) / (0.4/6 + 0.4/4.8) = 4.32 / 0.15 = 28.8
        // same noise draws, so at cycle 1 the difference is the heating alone: 0.104 degC/C^2 * (28.8 - 12.96)
        // = 1.64736 degC, scaled by R(1)/R0 = 1 + 0.04 / 600 (+ a knee term of ~1e-5) = 1.0000667 -> 1.647470
        List<double[]> slow = CellSimulator.simulate(cell(new ChargingPolicy(3.6, 80, 3.6)));
        List<double[]> fast = CellSimulator.simulate(cell(new ChargingPolicy(6, 40, 4.8)));

        assertEquals(1.64736 * (1 + 0.04 / 600), fast.get(0)[T_AVG] - slow.get(0)[T_AVG], 1e-6);
        // 60 * 0.8 / 3.6 = 13.333 min and 60 * (0.4/6 + 0.4/4.8) = 9.0 min, seen on the 5 s logging grid
        assertEquals(13.333, slow.get(0)[CHARGE_TIME], 0.084);
        assertEquals(9.0, fast.get(0)[CHARGE_TIME], 0.084);
    }

    @Test
    void givenCell_whenSimulated_thenOneRowPerCycleEndingAtTwentyPercentLossWithRisingResistance() {
        List<double[]> rows = CellSimulator.simulate(cell(new ChargingPolicy(4.8, 80, 4.8)));

        assertEquals(600, rows.size());
        assertEquals(599, rows.get(0)[RUL], 0);
        assertEquals(0, rows.get(599)[RUL], 0);
        assertEquals(0.2, rows.get(599)[PCL], 0.0015); // Qd = 0.88 Ah plus 0.3 mAh noise
        // R(L) / R0 = 1 + 0.04 + 0.2 = 1.24 on 16.5 mOhm; the 10-cycle mean lags slightly behind
        assertEquals(0.0165 * 1.24, rows.get(599)[IR], 0.0006);
        assertTrue(rows.get(599)[IR] > rows.get(0)[IR]);
    }

    private static CellParameters cell(ChargingPolicy policy) {
        return new CellParameters("SYN-TEST", "train", policy, 600, new CapacityFade(1.07, 0.005, 80, 0.3, 60, 600),
                new ResistanceGrowth(0.0165, 0.04, 0.20), 0.0, new DqFitProxy(0.01, 0.013, 0.014, 0.0103, 0.0124, 0.035),
                new IncrementalCapacityCurve(3.232, 0.055, 3.08, 2.0), 42L);
    }
}
