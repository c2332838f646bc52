package io.batterylab.detection.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LumpedCellTest {
    private static final LumpedCell CELL = LumpedCell.TYPICAL;
    private static final double AMBIENT = 25;

    @Test
    void givenTypicalCell_whenCriticalTemperatureFound_thenSelfHeatingBalancesCoolingThere() {
        double critical = CELL.criticalCelsius(AMBIENT);

        assertTrue(critical > 90 && critical < 120, "critical " + critical);
        assertTrue(CELL.selfHeating(critical, 1) > (critical - AMBIENT) / CELL.coolingSeconds());
        assertTrue(CELL.selfHeating(critical - 1, 1) < (critical - 1 - AMBIENT) / CELL.coolingSeconds());
    }

    @Test
    void givenCellJustBelowCritical_whenLeftForThreeHours_thenRelaxesToAmbientWithoutRunningAway() {
        double start = CELL.criticalCelsius(AMBIENT) - 5;

        Simulation run = Simulation.run(CELL, Surroundings.still(AMBIENT), start, 3 * 3600);

        assertFalse(run.ranAway());
        assertEquals(start, run.peakCelsius(), 1e-9);
        assertEquals(AMBIENT, run.celsius()[run.celsius().length - 1], 1.0);
        assertTrue(run.reactant()[run.reactant().length - 1] > 0.9);
    }

    @Test
    void givenCellJustAboveCritical_whenLeft_thenRunsAwayFarPastIt() {
        double start = CELL.criticalCelsius(AMBIENT) + 5;

        Simulation run = Simulation.run(CELL, Surroundings.still(AMBIENT), start, 3600);

        assertTrue(run.ranAway());
        assertTrue(run.peakCelsius() > start + 150, "peak " + run.peakCelsius());
        // the energy released is bounded by the adiabatic rise
        assertTrue(run.peakCelsius() < start + CELL.adiabaticRiseKelvin(), "peak " + run.peakCelsius());
    }

    @Test
    void givenNailShort_whenSimulated_thenTemperatureNeverFallsFromTheShortToThePeak() {
        var nail = new Surroundings.Abuse("nail", 300, 8, 15);
        Surroundings surroundings = new Surroundings(AMBIENT, 0, 1, 0, 0, 0, 1, nail);

        Simulation run = Simulation.run(CELL, surroundings, AMBIENT, 1200);

        assertTrue(run.ranAway());
        int from = (int) (300 / run.stepSeconds());
        int peak = from;
        for (int i = from; i < run.celsius().length; i++) {
            peak = run.celsius()[i] > run.celsius()[peak] ? i : peak;
        }
        for (int i = from; i < peak; i++) {
            assertTrue(run.celsius()[i + 1] >= run.celsius()[i], "falls at " + i * run.stepSeconds() + " s");
        }
        // before the short the cell sits at ambient (its self-heating there is negligible)
        assertEquals(AMBIENT, run.celsiusAt(299), 0.01);
    }

    @Test
    void givenShortTooWeakToReachCritical_whenSimulated_thenTheCellCoolsBack() {
        double critical = CELL.criticalCelsius(AMBIENT);
        var crush = new Surroundings.Abuse("crush", 60, 1, (critical - AMBIENT) / 2);

        Simulation run = Simulation.run(CELL, new Surroundings(AMBIENT, 0, 1, 0, 0, 0, 1, crush), AMBIENT, 7200);

        assertFalse(run.ranAway());
        assertTrue(run.peakCelsius() < critical);
    }
}
