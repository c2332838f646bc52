package io.batterylab.source.table;

import io.batterylab.core.model.ValidationIssue;
import java.io.IOException;
import java.util.Optional;

/**
 * A file went past an {@link io.batterylab.core.plugin.ImportLimits} bound while being streamed. It is
 * an {@link IOException} so that it passes unchanged through parsers that only let I/O errors out;
 * the data source turns it back into an {@link io.batterylab.core.plugin.ImportException}.
 */
public final class ImportLimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient ValidationIssue issue;

    public ImportLimitExceededException(ValidationIssue issue) {
        super(issue.describe());
        this.issue = issue;
    }

    public ValidationIssue issue() {
        return issue;
    }

    /** Finds the limit error among the causes of what a parser threw, if it is there. */
    public static Optional<ImportLimitExceededException> findIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ImportLimitExceededException limit) {
                return Optional.of(limit);
            }
        }
        return Optional.empty();
    }
}
