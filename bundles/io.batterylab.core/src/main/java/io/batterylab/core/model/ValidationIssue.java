package io.batterylab.core.model;

/**
 * One finding about an input file.
 *
 * @param severity error rejects the file; warning is reported but the file is accepted
 * @param row 1-based data row in the file (the header is row 0... see the data source), null when not about a row
 * @param column column name, null when not about a column
 * @param message what is wrong, for a person
 */
public record ValidationIssue(Severity severity, Integer row, String column, String message) {
    public enum Severity { ERROR, WARNING }

    public static ValidationIssue error(Integer row, String column, String message) {
        return new ValidationIssue(Severity.ERROR, row, column, message);
    }

    public static ValidationIssue warning(Integer row, String column, String message) {
        return new ValidationIssue(Severity.WARNING, row, column, message);
    }

    /** e.g. "row 12, column ir: not a number: 'abc'". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (row != null) {
            sb.append("row ").append(row);
        }
        if (column != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("column ").append(column);
        }
        return (sb.isEmpty() ? "" : sb + ": ") + message;
    }
}
