package io.batterylab.detection.synthetic;

import io.batterylab.detection.recording.ThermalRecording;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded synthetic normal and runaway recordings from the {@link LumpedCell} model, named {@value #PREFIX}…
 * wherever they go (a runaway one ends in {@code _exception.csv}, as the recordings format marks runaway). Each
 * trace draws its cell, surroundings and sensor from its own generator seeded by (seed, kind, index), so the same
 * seed always gives the same traces and trace k does not depend on how many others were asked for.
 * <ul>
 * <li>normal: 20–90 min at 15–35 °C ambient with a slow ambient swing, charge/rest Joule heating (steady rise at
 * at most 25 K and 25 K short of the cell's critical temperature), a cell that may start up to 10 K off ambient;
 * a fifth log the change since their first sample;</li>
 * <li>runaway: a nail (4–15 K/s) or crush (0.7–3 K/s) short after 1–15 min, heating the cell to 10–40 K past its
 * critical temperature, or an oven ramping the ambient by 2–5 K/min until the cell runs away.</li>
 * </ul>
 * Sensors: 0.5, 1, 1 or 5 s period with up to 20 % jitter, 0.02–0.2 °C noise, 0.01–0.1 °C resolution. Kinetics vary
 * around SEI-like decomposition (Ea ± 4 %), adiabatic rise 200–500 K, ambient coupling τ 400–1500 s.
 */
public record SyntheticRecordings(long seed) {
    public static final String PREFIX = "synthetic_";

    public List<ThermalRecording> normals(int count) {
        List<ThermalRecording> traces = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            traces.add(normal(i));
        }
        return traces;
    }

    public List<ThermalRecording> runaways(int count) {
        List<ThermalRecording> traces = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            traces.add(runaway(i));
        }
        return traces;
    }

    public ThermalRecording normal(int index) {
        Random random = random(0, index);
        LumpedCell cell = cell(random);
        double ambient = between(random, 15, 35);
        double swing = between(random, 0, 3);
        // the steady rise under load stays at least 25 K below the temperature at which the cell would run away
        double headroom = cell.criticalCelsius(ambient + swing) - 25 - ambient - swing;
        double load = between(random, 0, Math.max(0, Math.min(25, headroom))) / cell.coolingSeconds();
        Surroundings surroundings = new Surroundings(ambient, swing, between(random, 1800, 14400), 0, 0, load,
                between(random, 600, 3600), null);
        double start = ambient + between(random, -10, 10);
        Simulation run = Simulation.run(cell, surroundings, start, between(random, 1200, 5400));
        if (run.ranAway()) {
            throw new IllegalStateException("synthetic normal trace " + index + " of seed " + seed + " ran away");
        }
        Sensor sensor = sensor(random, random.nextDouble() < 0.2);
        return sensor.sample(String.format(Locale.ROOT, "%snormal_%03d.csv", PREFIX, index), false, run, random);
    }

    public ThermalRecording runaway(int index) {
        Random random = random(1, index);
        LumpedCell cell = cell(random);
        double ambient = between(random, 15, 35);
        double critical = cell.criticalCelsius(ambient);
        double start = between(random, 60, 900);
        double load = random.nextBoolean() ? between(random, 0, 10) / cell.coolingSeconds() : 0;
        double kind = random.nextDouble();
        Surroundings surroundings;
        double longest;
        if (kind < 0.2) {
            double rate = between(random, 2, 5);
            surroundings = new Surroundings(ambient, 0, 1, rate, start, load, between(random, 600, 3600), null);
            // the cell lags the oven by about rate · τ
            longest = start + (critical + 40 - ambient) / rate * 60 + 3 * cell.coolingSeconds();
        } else {
            boolean nail = kind < 0.6;
            double rate = nail ? between(random, 4, 15) : between(random, 0.7, 3);
            double push = (critical + between(random, 10, 40) - ambient) * 1.3; // 1.3: cooling meanwhile
            surroundings = new Surroundings(ambient, between(random, 0, 2), between(random, 1800, 14400), 0, 0, load,
                    between(random, 600, 3600), new Surroundings.Abuse(nail ? "nail" : "crush", start, rate,
                            push / rate));
            longest = start + push / rate + 600;
        }
        Simulation run = Simulation.run(cell, surroundings, ambient, longest);
        double runaway = run.runawaySeconds();
        if (Double.isNaN(runaway)) {
            throw new IllegalStateException("synthetic runaway trace " + index + " of seed " + seed
                    + " did not run away");
        }
        // the recording stops a while after the event, as a test rig's logger would
        run = run.until(runaway + between(random, 120, 480));
        return sensor(random, false).sample(String.format(Locale.ROOT, "%srunaway_%03d_exception.csv", PREFIX, index),
                true, run, random);
    }

    /** Writes the traces as recordings (Time,Temperature CSV) into the directory; returns the files. */
    public List<Path> write(Path directory, int normal, int runaway) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        List<ThermalRecording> traces = new ArrayList<>(normals(normal));
        traces.addAll(runaways(runaway));
        for (ThermalRecording trace : traces) {
            Path file = directory.resolve(trace.name());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("Time,Temperature\n");
                for (int i = 0; i < trace.size(); i++) {
                    out.write(String.format(Locale.ROOT, "%.3f,%.4f%n", trace.timesSeconds()[i],
                            trace.temperatures()[i]));
                }
            }
            files.add(file);
        }
        return files;
    }

    private Random random(int kind, int index) {
        return new Random(seed * 1_000_003L + kind * 500_009L + index);
    }

    private static LumpedCell cell(Random random) {
        return new LumpedCell(LumpedCell.TYPICAL.preExponentialPerSecond(),
                LumpedCell.TYPICAL.activationJoulesPerMole() * between(random, 0.96, 1.04), between(random, 200, 500),
                between(random, 400, 1500));
    }

    private static Sensor sensor(Random random, boolean relative) {
        double[] periods = {0.5, 1, 1, 5};
        double[] resolutions = {0.01, 0.0625, 0.1};
        return new Sensor(periods[random.nextInt(periods.length)], between(random, 0, 0.2), between(random, 0.02, 0.2),
                resolutions[random.nextInt(resolutions.length)], relative);
    }

    private static double between(Random random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }
}
