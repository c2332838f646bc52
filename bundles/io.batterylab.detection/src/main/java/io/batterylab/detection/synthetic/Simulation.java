package io.batterylab.detection.synthetic;

/**
 * The noise-free cell temperature on a fine time step: {@code celsius[i]} and {@code reactant[i]} at
 * {@code i · stepSeconds}.
 */
public record Simulation(double stepSeconds, double[] celsius, double[] reactant) {
    /** 50 ms: small against every time constant of the model except the last seconds of a runaway. */
    public static final double STEP_SECONDS = 0.05;

    public static Simulation run(LumpedCell cell, Surroundings surroundings, double initialCelsius,
            double durationSeconds) {
        int steps = (int) Math.ceil(durationSeconds / STEP_SECONDS) + 1;
        double[] celsius = new double[steps];
        double[] reactant = new double[steps];
        LumpedCell.State state = new LumpedCell.State(initialCelsius, 1);
        for (int i = 0; i < steps; i++) {
            celsius[i] = state.celsius();
            reactant[i] = state.reactant();
            double t = i * STEP_SECONDS;
            state = cell.step(state, STEP_SECONDS, surroundings.ambient(t), surroundings.heating(t));
        }
        return new Simulation(STEP_SECONDS, celsius, reactant);
    }

    public double durationSeconds() {
        return (celsius.length - 1) * stepSeconds;
    }

    /** Linear interpolation of the temperature at a time within the run. */
    public double celsiusAt(double seconds) {
        double position = Math.max(0, Math.min(celsius.length - 1, seconds / stepSeconds));
        int i = (int) Math.floor(position);
        if (i >= celsius.length - 1) {
            return celsius[celsius.length - 1];
        }
        double share = position - i;
        return celsius[i] + share * (celsius[i + 1] - celsius[i]);
    }

    public double peakCelsius() {
        double peak = Double.NEGATIVE_INFINITY;
        for (double c : celsius) {
            peak = Math.max(peak, c);
        }
        return peak;
    }

    /** Seconds at which 95 % of the reactant has decomposed, or NaN if it never has. */
    public double runawaySeconds() {
        for (int i = 0; i < reactant.length; i++) {
            if (reactant[i] < 0.05) {
                return i * stepSeconds;
            }
        }
        return Double.NaN;
    }

    /** The first {@code seconds} of this run. */
    public Simulation until(double seconds) {
        int steps = Math.min(celsius.length, (int) Math.ceil(seconds / stepSeconds) + 1);
        return new Simulation(stepSeconds, java.util.Arrays.copyOf(celsius, steps),
                java.util.Arrays.copyOf(reactant, steps));
    }

    /** Whether most of the reactant decomposed: the cell ran away. */
    public boolean ranAway() {
        return reactant[reactant.length - 1] < 0.5;
    }
}
