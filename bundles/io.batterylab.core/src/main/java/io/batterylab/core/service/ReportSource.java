package io.batterylab.core.service;

import io.batterylab.core.plugin.Report;
import java.util.Optional;

/**
 * Makes the {@link Report} of one stored item of a user (a test job's results, a training job's comparison) for the
 * exporters. One DS service per kind; the export service picks the source by {@link #kind()}.
 */
public interface ReportSource {
    /** What the ids name, e.g. {@code test-job} or {@code training-job}; lower case, used in URLs and paths. */
    String kind();

    /**
     * The report of the user's own item; empty when there is no such item or it belongs to another user (the two are
     * not told apart). The report's table rows may be read from storage lazily while it is exported.
     *
     * @throws IllegalStateException when the item exists but has nothing to report yet (e.g. a job still running);
     *         the message says so in words
     */
    Optional<Report> report(long userId, long id);
}
