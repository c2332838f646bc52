package io.batterylab.core.training;

import java.io.IOException;
import java.nio.file.Path;

/** A trained predictor: predicts the target for the rows of a battery and saves itself. */
public interface TrainedModel extends AutoCloseable {
    /**
     * One prediction per cycle row of the series, in target units; NaN where the model cannot
     * predict (e.g. the first L-1 cycles of a windowed model).
     */
    double[] predict(BatterySeries series);

    /**
     * One prediction per cycle row of the series for the target h cycles later: from the inputs available at the row's
     * cycle c, the target at c + h (the horizon of {@link io.batterylab.core.testing.TestJobSpec}). h = 0 is
     * {@link #predict(BatterySeries)}; a model of an algorithm that {@link Algorithm#predictsAhead() predicts ahead}
     * overrides this.
     *
     * @throws UnsupportedOperationException for h > 0 when the model cannot predict ahead
     */
    default double[] predict(BatterySeries series, int horizon) {
        if (horizon == 0) {
            return predict(series);
        }
        throw new UnsupportedOperationException("this model cannot predict ahead (horizon " + horizon + ")");
    }

    /** Writes checkpoint, scalers and settings into an empty directory. */
    void save(Path directory) throws IOException;

    @Override
    default void close() {
    }
}
