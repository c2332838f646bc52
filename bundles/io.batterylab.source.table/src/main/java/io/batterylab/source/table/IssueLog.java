package io.batterylab.source.table;

import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.model.ValidationReport;
import io.batterylab.core.plugin.ImportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the problems of one file. Reading goes on after an error so that a person can fix many
 * rows at once, but stops after {@link #MAX_ERRORS}: a file that wrong needs a look as a whole.
 */
public final class IssueLog {
    public static final int MAX_ERRORS = 50;
    static final int MAX_WARNINGS = 50;

    private final List<ValidationIssue> errors = new ArrayList<>();
    private final List<ValidationIssue> warnings = new ArrayList<>();
    private final String rowNumbering;
    private int droppedWarnings;

    /** @param rowNumbering says what the row numbers in messages count, e.g. that the header is row 1 */
    public IssueLog(String rowNumbering) {
        this.rowNumbering = Objects.requireNonNull(rowNumbering);
    }

    /** Records an error; throws the rejection once {@link #MAX_ERRORS} errors are collected. */
    public void error(Integer row, String column, String message) throws ImportException {
        errors.add(ValidationIssue.error(row, column, message));
        if (errors.size() >= MAX_ERRORS) {
            throw reject(ValidationIssue.error(null, null,
                    "stopped after " + MAX_ERRORS + " errors; fix these and upload the file again"));
        }
    }

    public void warn(Integer row, String column, String message) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(ValidationIssue.warning(row, column, message));
        } else {
            droppedWarnings++;
        }
    }

    public int errorCount() {
        return errors.size();
    }

    /** The rejection of the whole file, with every problem found so far and a last, fatal one. */
    public ImportException reject(ValidationIssue fatal) {
        errors.add(fatal);
        return new ImportException(report());
    }

    public void rejectIfErrors() throws ImportException {
        if (!errors.isEmpty()) {
            throw new ImportException(report());
        }
    }

    /** Errors first (the first one is the rejection's message), then warnings, then what rows mean. */
    public ValidationReport report() {
        List<ValidationIssue> all = new ArrayList<>(errors);
        all.addAll(warnings);
        if (droppedWarnings > 0) {
            all.add(ValidationIssue.warning(null, null, droppedWarnings + " more warnings not shown"));
        }
        if (all.stream().anyMatch(i -> i.row() != null)) {
            all.add(ValidationIssue.warning(null, null, rowNumbering));
        }
        return new ValidationReport(all);
    }
}
