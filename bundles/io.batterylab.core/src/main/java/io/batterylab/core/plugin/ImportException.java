package io.batterylab.core.plugin;

import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.model.ValidationReport;
import java.util.List;

/** A file was rejected; the report names each row and column that is wrong. */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ValidationReport report;

    public ImportException(ValidationReport report) {
        super(summary(report));
        this.report = report;
    }

    public ImportException(ValidationIssue issue) {
        this(new ValidationReport(List.of(issue)));
    }

    public ValidationReport report() {
        return report;
    }

    private static String summary(ValidationReport report) {
        List<ValidationIssue> errors = report.errors();
        if (errors.isEmpty()) {
            return "file rejected";
        }
        String first = errors.get(0).describe();
        return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " more problems)";
    }
}
