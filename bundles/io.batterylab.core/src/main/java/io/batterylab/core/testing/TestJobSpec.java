package io.batterylab.core.testing;

import io.batterylab.core.model.Target;
import java.util.List;

/**
 * What a user asks of a test job: one of their model versions, the data (built-in cells by id and/or the cells of one
 * of their uploads), the targets to score and the horizon.
 *
 * <p><b>Horizon</b> (SPEC terms): for a test row at cycle c the model sees only the inputs available at cycle c and
 * predicts the target at cycle c + h; the truth is the target at cycle c + h. A row whose cycle c + h lies beyond the
 * battery's last cycle (or that has no row of its own at c + h) is skipped and counted. h = 0 is plain evaluation.
 *
 * @param name shown in lists; blank for a generated one
 * @param modelVersionId the user's model version to test
 * @param cells battery ids (built-in cells or single upload cells); may be empty when an upload is given
 * @param uploadId all cells of this upload of the user; null for none
 * @param targets what to score; empty for every target the model version predicts
 * @param horizon h, cycles ahead, {@code >= 0}
 */
public record TestJobSpec(String name, long modelVersionId, List<Long> cells, Long uploadId, List<Target> targets,
        int horizon) {
    /** A horizon beyond any battery's life makes no sense; this caps typos such as 10000. */
    public static final int MAX_HORIZON = 5000;

    public TestJobSpec {
        cells = cells == null ? List.of() : List.copyOf(cells);
        targets = targets == null ? List.of() : List.copyOf(targets);
        if (cells.isEmpty() && uploadId == null) {
            throw new IllegalArgumentException("cells: select at least one cell or an upload to test on");
        }
        if (cells.stream().distinct().count() != cells.size()) {
            throw new IllegalArgumentException("cells: a cell is selected twice");
        }
        if (horizon < 0 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("horizon: must be between 0 and " + MAX_HORIZON + " cycles, not " + horizon);
        }
        name = name == null || name.isBlank() ? "test of model version " + modelVersionId + " (h = " + horizon + ")"
                : name.strip();
    }
}
