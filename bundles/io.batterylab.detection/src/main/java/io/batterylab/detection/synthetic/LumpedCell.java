package io.batterylab.detection.synthetic;

/**
 * A cell as one thermal node (uniform temperature T) with one lumped exothermic decomposition reaction:
 * <pre>
 *   dα/dt = −k(T)·α,           k(T) = A·exp(−Ea / (R·T))          (Arrhenius; α = reactant left, 1 → 0)
 *   dT/dt = ΔT_ad·k(T)·α − (T − T_amb)/τ + q(t)
 * </pre>
 * ΔT_ad is the adiabatic temperature rise if all reactant decomposed (reaction enthalpy over heat capacity), τ the
 * time constant of the coupling to ambient (m·c / h·A), q(t) an external heating rate in K/s (Joule heating in use,
 * a nail or crush short, an oven). Self-heating outgrows cooling above a critical temperature; below it the cell
 * relaxes to ambient. A step of length dt integrates α exactly for the step's k (α·e^(−k·dt)), so the heat released
 * is never more than the reactant left, and T explicitly (dt is kept small against τ).
 *
 * @param preExponentialPerSecond A (1/s)
 * @param activationJoulesPerMole Ea (J/mol)
 * @param adiabaticRiseKelvin ΔT_ad (K)
 * @param coolingSeconds τ (s)
 */
public record LumpedCell(double preExponentialPerSecond, double activationJoulesPerMole, double adiabaticRiseKelvin,
        double coolingSeconds) {
    static final double GAS_CONSTANT = 8.314;
    static final double KELVIN = 273.15;

    /** SEI-decomposition-like kinetics (A = 1.667e15 /s, Ea = 135 kJ/mol), 250 K adiabatic rise, τ = 900 s. */
    public static final LumpedCell TYPICAL = new LumpedCell(1.667e15, 1.3508e5, 250, 900);

    public LumpedCell {
        if (!(preExponentialPerSecond > 0 && activationJoulesPerMole > 0 && adiabaticRiseKelvin > 0
                && coolingSeconds > 0)) {
            throw new IllegalArgumentException("cell parameters must be > 0");
        }
    }

    /** Reaction rate constant k(T) in 1/s at a temperature in °C. */
    public double rate(double celsius) {
        return preExponentialPerSecond * Math.exp(-activationJoulesPerMole / (GAS_CONSTANT * (celsius + KELVIN)));
    }

    /** Self-heating rate (K/s) with reactant α left, at a temperature in °C. */
    public double selfHeating(double celsius, double reactant) {
        return adiabaticRiseKelvin * rate(celsius) * reactant;
    }

    /**
     * The lowest temperature (°C, to 0.1 K) at which a fresh cell's self-heating outgrows its cooling to the given
     * ambient: below it the cell relaxes to ambient, above it it runs away.
     */
    public double criticalCelsius(double ambientCelsius) {
        double t = ambientCelsius + 0.1;
        while (selfHeating(t, 1) <= (t - ambientCelsius) / coolingSeconds) {
            t += 0.1;
            if (t > ambientCelsius + 2000) {
                throw new IllegalStateException("no runaway temperature below " + t + " °C");
            }
        }
        return t;
    }

    /** The state after dt seconds with ambient and external heating held over the step. */
    public State step(State state, double dtSeconds, double ambientCelsius, double heatingKelvinPerSecond) {
        double k = rate(state.celsius());
        double reactant = state.reactant() * Math.exp(-k * dtSeconds);
        double released = adiabaticRiseKelvin * (state.reactant() - reactant);
        double exchanged = (ambientCelsius - state.celsius()) * -Math.expm1(-dtSeconds / coolingSeconds);
        return new State(state.celsius() + released + exchanged + heatingKelvinPerSecond * dtSeconds, reactant);
    }

    /** Cell temperature (°C) and reactant left (0..1). */
    public record State(double celsius, double reactant) {
    }
}
