package io.batterylab.rest.http;

import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.training.AlgorithmNotInstalledException;
import io.batterylab.core.training.ModelArchiveException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers. Anything unforeseen is a 500 whose body says nothing about the
 * inside of the server; its cause goes to the log.
 */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    public static ApiException map(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof ApiException api) {
            return api;
        }
        if (t instanceof ImportException rejected) {
            return new ApiException(422, "upload_rejected", rejected.getMessage(), Map.of("issues", issues(rejected)));
        }
        if (t instanceof ModelArchiveException refused) {
            return new ApiException(422, "archive_rejected", refused.getMessage());
        }
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof MinimumRequestRate.TooSlow slow) {
                return tooSlow(slow);
            }
        }
        if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
            int status = http.getCode();
            return new ApiException(status, status == 413 ? "payload_too_large" : "bad_request",
                    http.getReason() == null ? "bad request" : http.getReason());
        }
        if (t instanceof AlgorithmNotInstalledException missing) {
            return new ApiException(409, "algorithm_not_installed", missing.getMessage());
        }
        if (t instanceof IllegalArgumentException invalid) {
            // The services' way of saying "this input breaks a rule"; their messages are written for users.
            return ApiException.badRequest("invalid_request", invalid.getMessage());
        }
        LOG.error("request failed", failure);
        return new ApiException(500, "internal_error", "the server could not complete the request");
    }

    /** A client cut off for sending its body too slowly: 408, and the connection is closed after the answer. */
    static ApiException tooSlow(MinimumRequestRate.TooSlow slow) {
        return new ApiException(408, "request_too_slow", slow.getMessage());
    }

    /** The validation report as the API shows it: severity, row, column, message of each finding. */
    private static List<Map<String, Object>> issues(ImportException rejected) {
        if (rejected.report() == null) {
            return List.of();
        }
        List<Map<String, Object>> issues = new ArrayList<>();
        for (ValidationIssue issue : rejected.report().issues()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", issue.severity().name().toLowerCase(Locale.ROOT));
            m.put("row", issue.row());
            m.put("column", issue.column());
            m.put("message", issue.message());
            issues.add(m);
        }
        return issues;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
