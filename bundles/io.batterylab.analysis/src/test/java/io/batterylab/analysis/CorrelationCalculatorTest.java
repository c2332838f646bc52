package io.batterylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.analysis.Correlation;
import io.batterylab.core.analysis.CorrelationReport;
import io.batterylab.core.model.Feature;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrelationCalculatorTest {
    private static final double NaN = Double.NaN;
    private final CorrelationCalculator calculator = new CorrelationCalculator();

    @Test
    void givenFivePairs_whenCorrelated_thenPearsonAndTiedSpearmanMatchHandComputation() {
        // Pearson: mean x 3, mean y 4; sum dx*dy = 4+0+0+0+2 = 6, sum dx^2 = 10, sum dy^2 = 6 -> 6/sqrt(60) = 0.774597
        // Spearman: ranks of y with ties averaged: 2->1, 4,4->2.5, 5,5->4.5, i.e. 1, 2.5, 4.5, 2.5, 4.5
        // against ranks 1..5: sum dx*dy = 4+0.5+0-0.5+3 = 7, sum dy^2 = 4+0.25+2.25+0.25+2.25 = 9 -> 7/sqrt(90) = 0.737865
        Correlation c = calculator.correlate("x", "y", new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5});

        assertEquals(6 / Math.sqrt(60), c.pearson(), 1e-12);
        assertEquals(0.774597, c.pearson(), 1e-6);
        assertEquals(7 / Math.sqrt(90), c.spearman(), 1e-12);
        assertEquals(0.737865, c.spearman(), 1e-6);
        assertEquals(5, c.n());
    }

    @Test
    void givenMonotoneButCurvedRelation_whenCorrelated_thenSpearmanOneAndPearsonBelow() {
        // y = x^3 on 1..4: ranks identical -> Spearman 1; Pearson: dy = -24,-17,2,39 (mean 25), dx = -1.5,-0.5,0.5,1.5
        // sum dx*dy = 36+8.5+1+58.5 = 104, sum dx^2 = 5, sum dy^2 = 576+289+4+1521 = 2390 -> 104/sqrt(11950) = 0.951370
        Correlation c = calculator.correlate("x", "y", new double[] {1, 2, 3, 4}, new double[] {1, 8, 27, 64});

        assertEquals(1.0, c.spearman(), 1e-12);
        assertEquals(104 / Math.sqrt(11950), c.pearson(), 1e-12);
    }

    @Test
    void givenMissingValuesInEitherColumn_whenCorrelated_thenOnlyCompleteRowsUsed() {
        // complete rows are the five of the first test; the three rows with a NaN on either side are skipped
        Correlation c = calculator.correlate("x", "y", new double[] {1, NaN, 2, 3, 9, 4, 5},
                new double[] {2, 7, 4, 5, NaN, 4, 5});

        assertEquals(5, c.n());
        assertEquals(6 / Math.sqrt(60), c.pearson(), 1e-12);
    }

    @Test
    void givenTwoCommonRows_whenCorrelated_thenNaN() {
        Correlation c = calculator.correlate("x", "y", new double[] {1, 2, 3}, new double[] {1, NaN, 3});

        assertEquals(2, c.n());
        assertTrue(Double.isNaN(c.pearson()));
        assertTrue(Double.isNaN(c.spearman()));
    }

    @Test
    void givenConstantColumn_whenCorrelated_thenNaN() {
        Correlation c = calculator.correlate("x", "y", new double[] {1, 2, 3, 4}, new double[] {7, 7, 7, 7});

        assertTrue(Double.isNaN(c.pearson()));
        assertTrue(Double.isNaN(c.spearman()));
    }

    @Test
    void givenRowsWithOneFeature_whenReport_thenMatrixOverPresentColumnsAndFeatureAgainstTargets() {
        // t_avg 1..5; rul = 4..0 (perfectly decreasing); pcl = 2,4,5,4,5 (the hand-computed pair above)
        var rows = Rows.of(Feature.T_AVG, new double[] {1, 2, 3, 4, 5}, new double[] {4, 3, 2, 1, 0},
                new double[] {2, 4, 5, 4, 5});

        CorrelationReport report = calculator.correlations(rows);

        assertEquals(List.of("t_avg", "rul", "pcl"), report.columns());
        assertEquals(2, report.withTargets().size());
        Correlation withRul = report.withTargets().get(0);
        assertEquals("t_avg", withRul.column());
        assertEquals("rul", withRul.against());
        assertEquals(-1.0, withRul.pearson(), 1e-12);
        Correlation withPcl = report.withTargets().get(1);
        assertEquals("pcl", withPcl.against());
        assertEquals(0.737865, withPcl.spearman(), 1e-6);
        assertEquals(1.0, report.pearson()[0][0], 0);
        assertEquals(report.pearson()[0][2], report.pearson()[2][0], 0);
        assertEquals(6 / Math.sqrt(60), report.pearson()[0][2], 1e-12);
        // rul vs pcl: rul = 5 - t_avg, so the correlation is minus that of t_avg vs pcl
        assertEquals(-7 / Math.sqrt(90), report.spearman()[1][2], 1e-12);
    }
}
