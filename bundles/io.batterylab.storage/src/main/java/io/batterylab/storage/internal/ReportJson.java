package io.batterylab.storage.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.model.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of a {@link ValidationReport}: {@code {"issues":[{"severity","row","column","message"}]}}.
 * Written field by field rather than by reflection so that renaming a record component cannot change stored data.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJson() {
    }

    public static String write(ValidationReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode issues = root.putArray("issues");
        for (ValidationIssue issue : report.issues()) {
            ObjectNode node = issues.addObject();
            node.put("severity", issue.severity().name());
            node.put("row", issue.row());
            node.put("column", issue.column());
            node.put("message", issue.message());
        }
        return root.toString();
    }

    public static ValidationReport read(String json) {
        try {
            List<ValidationIssue> issues = new ArrayList<>();
            for (JsonNode node : MAPPER.readTree(json).path("issues")) {
                issues.add(new ValidationIssue(ValidationIssue.Severity.valueOf(node.path("severity").asText()),
                        node.hasNonNull("row") ? node.get("row").asInt() : null, text(node, "column"),
                        text(node, "message")));
            }
            return new ValidationReport(issues);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("Stored validation report is not readable: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
