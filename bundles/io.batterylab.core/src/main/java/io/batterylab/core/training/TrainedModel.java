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

    /** Writes checkpoint, scalers and settings into an empty directory. */
    void save(Path directory) throws IOException;

    @Override
    default void close() {
    }
}
