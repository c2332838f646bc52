package io.batterylab.rest.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One operation of the API: method and path template ({@code /api/batteries/{id}}), whether it needs a logged-in
 * user, its parameters and documented answers, and the code that serves it. The OpenAPI document is generated from
 * these, so it cannot describe an operation that does not exist.
 *
 * @param description longer text under the summary (a protocol, say); empty when the summary says it all
 * @param tag the OpenAPI group (one per resource kind)
 * @param requestBody the request body's type (a record), or null when it takes none; for multipart bodies the
 *        record's components are the form fields
 * @param requestContentType media type of the body, e.g. application/json or multipart/form-data
 * @param responses documented status codes with their meaning; the success body's type is {@code responseSchema}
 * @param responseContentType media type of the success body (JSON unless an event stream or a page)
 * @param responseSchema the type (a record) of the success body, null when none (e.g. 204) or not JSON
 */
public record Route(String method, String path, String operationId, String summary, String description,
        String tag, boolean authenticated,
        List<Param> params, Class<?> requestBody, String requestContentType, Map<Integer, String> responses,
        Class<?> responseSchema, String responseContentType, Handler handler) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        description = description == null ? "" : description;
        params = List.copyOf(params);
        responses = Map.copyOf(responses);
    }

    /** Whether the success answer is an endless stream (Server-Sent Events) rather than a document. */
    public boolean streams() {
        return responseContentType.startsWith("text/event-stream");
    }

    /** Serves one call; throws {@link ApiException} (or anything else, mapped in one place) for errors. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(Call call) throws Exception;
    }
}
