package io.batterylab.detection.cli;

import io.batterylab.detection.evaluation.SensorNoise;

/** {@code --training-noise C} of train and cv: the largest ± sensor noise added to the training windows. */
final class TrainingNoiseOption {
    static final String NAME = "--training-noise";
    static final String HELP = """
              --training-noise C     add seeded sensor-like noise to every training window, each its own level
                                     from 0 to ±C °C (default %.1f; 0 trains on the recordings as they are): the
                                     normal recordings are logged every 5 s and smooth, a detector trained on
                                     them alone calls a noisy healthy cell a runaway
            """.formatted(SensorNoise.DEFAULT.amplitudeCelsius());

    private TrainingNoiseOption() {
    }

    static SensorNoise of(Options options) throws UsageException {
        return new SensorNoise(options.decimal(NAME, SensorNoise.DEFAULT.amplitudeCelsius(), 0, 5),
                SensorNoise.DEFAULT.seed());
    }
}
