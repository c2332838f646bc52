package io.batterylab.rest.http;

import java.util.Map;

/**
 * A request that ends in an error response {@code {"error": code, "message": ...}} with the given HTTP status. The
 * code is stable for programs, the message is for people. {@code details} are added to the body as they are (e.g. an
 * upload's validation report).
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, Object> details;

    public ApiException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public ApiException(int status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    /** The same answer for "does not exist" and "belongs to someone else", so ids of others cannot be probed. */
    public static ApiException notFound(String what, long id) {
        return new ApiException(404, "not_found", what + " " + id + " not found");
    }

    public static ApiException unauthorized(String code, String message) {
        return new ApiException(401, code, message);
    }
}
