package io.batterylab.core.training;

import io.batterylab.core.settings.Settings;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Repeated runs: one algorithm with the same settings but different seeds, so a job reports how much a result
 * depends on chance (mean ± std over the repeats, {@link Spread}). A settings record takes part when it has a
 * whole-number component named {@value #SEED}.
 */
public final class SeedRepeats {
    public static final String SEED = "seed";

    private SeedRepeats() {
    }

    /** Whether the algorithm's settings record has a seed. */
    public static boolean seeded(Class<? extends Record> settingsType) {
        return seedComponent(settingsType).isPresent();
    }

    /** The seed of a settings record; empty when it has none. */
    public static Optional<Long> seedOf(Record settings) {
        return seedComponent(settings.getClass())
                .map(c -> ((Number) Settings.componentValue(c, settings)).longValue());
    }

    /**
     * One run per seed, each with the run's settings and that seed.
     *
     * @throws IllegalArgumentException when the settings have no seed or there are no or too many seeds
     */
    public static List<RunSpec> repeat(RunSpec run, List<Long> seeds) {
        if (seeds.isEmpty() || seeds.size() > TrainingJobSpec.MAX_SEEDS || seeds.stream().distinct().count() < seeds.size()) {
            throw new IllegalArgumentException("repeat a run with 1 to " + TrainingJobSpec.MAX_SEEDS
                    + " different seeds, not " + seeds);
        }
        if (run.settings() == null || !seeded(run.settings().getClass())) {
            throw new IllegalArgumentException("the settings of " + run.algorithmId() + " have no seed to repeat with");
        }
        return seeds.stream().map(seed -> new RunSpec(run.algorithmId(), run.features(), withSeed(run.settings(), seed)))
                .toList();
    }

    private static Record withSeed(Record settings, long seed) {
        RecordComponent[] components = settings.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object value = Settings.componentValue(components[i], settings);
            values[i] = components[i].getName().equals(SEED) ? narrow(components[i].getType(), seed) : value;
        }
        try {
            var constructor = settings.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            // a plugin's settings record need not be public
            constructor.trySetAccessible();
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("seed " + seed + " refused: " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + settings.getClass().getSimpleName(), e);
        }
    }

    private static Object narrow(Class<?> type, long seed) {
        if (type == int.class || type == Integer.class) {
            return Math.toIntExact(seed);
        }
        return seed;
    }

    private static Optional<RecordComponent> seedComponent(Class<?> type) {
        return Arrays.stream(type.getRecordComponents() == null ? new RecordComponent[0] : type.getRecordComponents())
                .filter(c -> c.getName().equals(SEED))
                .filter(c -> List.of(long.class, Long.class, int.class, Integer.class).contains(c.getType()))
                .findFirst();
    }
}
