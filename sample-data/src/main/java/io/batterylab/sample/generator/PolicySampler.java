package io.batterylab.sample.generator;

import java.util.Random;

/**
 * Draws charging policies in the space Severson et al. explored: first step 3.6-8C, switch at 2-72 % state of
 * charge, second step 3-6C, or a one-step policy (C(80%)-C). The policy is solved from a target time to 80 %
 * so that policies are spread like the real set's charge times.
 */
final class PolicySampler {
    /**
     * Quantiles (p = 0, 0.05, ..., 1) of the minutes to 80 % of the 124 real policies (Attia et al. table 9,
     * read once while developing; rounded to 0.01 min). Most real policies were designed for 10 minutes.
     */
    static final QuantileTable MINUTES_TO_80_PERCENT = new QuantileTable(new double[] {8.89, 9.97, 9.99, 9.99, 9.99,
        10.00, 10.00, 10.00, 10.00, 10.00, 10.00, 10.00, 10.01, 10.01, 10.02, 10.54, 10.76, 11.01, 11.33, 11.99, 13.33});

    /** 17 of the 124 real cells were charged with a one-step policy. */
    static final double ONE_STEP_PROBABILITY = 17.0 / 124;
    static final double MIN_FIRST_RATE = 3.6;
    static final double MAX_FIRST_RATE = 8.0;
    static final int MIN_SWITCH_PERCENT = 2;
    static final int MAX_SWITCH_PERCENT = 72;
    static final double MIN_SECOND_RATE = 3.0;
    static final double MAX_SECOND_RATE = 6.0;
    private static final int ATTEMPTS = 200;

    private final Random random;

    PolicySampler(Random random) {
        this.random = random;
    }

    ChargingPolicy policyFor(double minutesTo80Percent) {
        if (random.nextDouble() < ONE_STEP_PROBABILITY) {
            return oneStep(minutesTo80Percent);
        }
        double hours = minutesTo80Percent / 60;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int q1 = MIN_SWITCH_PERCENT + random.nextInt(MAX_SWITCH_PERCENT - MIN_SWITCH_PERCENT + 1);
            double c1 = roundTo(MIN_FIRST_RATE + random.nextDouble() * (MAX_FIRST_RATE - MIN_FIRST_RATE), 0.1);
            double remainingHours = hours - q1 / 100.0 / c1;
            if (remainingHours <= 0) {
                continue;
            }
            double c2 = roundTo((ChargingPolicy.FAST_CHARGE_END_PERCENT - q1) / 100.0 / remainingHours, 0.05);
            if (c2 >= MIN_SECOND_RATE && c2 <= MAX_SECOND_RATE) {
                return new ChargingPolicy(c1, q1, c2);
            }
        }
        return oneStep(minutesTo80Percent);
    }

    private static ChargingPolicy oneStep(double minutesTo80Percent) {
        double c = roundTo(48.0 / minutesTo80Percent, 0.01);
        return new ChargingPolicy(c, ChargingPolicy.FAST_CHARGE_END_PERCENT, c);
    }

    /** Rounds to a multiple of step and back to the shortest decimal, so that 4.35 prints as 4.35. */
    static double roundTo(double value, double step) {
        long units = Math.round(value / step);
        return Double.parseDouble(java.math.BigDecimal.valueOf(units).multiply(java.math.BigDecimal.valueOf(step))
                .toPlainString());
    }
}
