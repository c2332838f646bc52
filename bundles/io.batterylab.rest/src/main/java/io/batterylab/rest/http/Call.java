package io.batterylab.rest.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;

/**
 * One request as a handler sees it: typed access to path and query parameters and to the body, each failing with a
 * 400/413/415 {@link ApiException} that says which parameter is wrong. Handlers that stream (events) use the Jetty
 * request, response and callback directly.
 */
public final class Call {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final Map<String, String> pathParams;
    private final Caller caller;
    private final Json json;
    private final long maxJsonBytes;
    private Fields query;

    public Call(Request request, Response response, Callback callback, Map<String, String> pathParams, Caller caller,
            Json json, long maxJsonBytes) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.pathParams = pathParams;
        this.caller = caller;
        this.json = json;
        this.maxJsonBytes = maxJsonBytes;
    }

    /** The logged-in user; only on routes that require authentication. */
    public Caller caller() {
        if (caller == null) {
            throw new IllegalStateException("route is not authenticated");
        }
        return caller;
    }

    public long userId() {
        return caller().userId();
    }

    /** A path parameter that is a database id: a non-negative integer. */
    public long pathId(String name) {
        return parseId(name, pathParam(name));
    }

    /** A path parameter as text. */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("no path parameter " + name);
        }
        return value;
    }

    public Optional<String> query(String name) {
        String value = queryFields().getValue(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** A list parameter, given repeated ({@code a=1&a=2}), comma-separated ({@code a=1,2}) or both. */
    public List<String> queryList(String name) {
        List<String> values = new ArrayList<>();
        List<String> given = queryFields().getValues(name);
        for (String v : given == null ? List.<String>of() : given) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }

    public List<Long> queryIds(String name) {
        return queryList(name).stream().map(v -> parseId(name, v)).toList();
    }

    public Optional<Long> queryId(String name) {
        return query(name).map(v -> parseId(name, v));
    }

    public int queryInt(String name, int defaultValue, int min, int max) {
        Optional<String> value = query(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(value.get());
            if (v < min || v > max) {
                throw invalidParameter(name, "must be between " + min + " and " + max + ", got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw invalidParameter(name, "must be an integer, got '" + value.get() + "'");
        }
    }

    /** Reads the JSON body into a record, refusing bodies over the JSON size limit with 413. */
    public <T> T body(Class<T> type) throws IOException {
        requireContentType("application/json");
        long declared = request.getLength();
        if (declared > maxJsonBytes) {
            throw tooLarge(maxJsonBytes);
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] bytes = in.readNBytes((int) maxJsonBytes + 1);
            if (bytes.length > maxJsonBytes) {
                throw tooLarge(maxJsonBytes);
            }
            return json.read(bytes, type);
        }
    }

    /** Parses a multipart/form-data body; parts above the in-memory size go to files under the config's location. */
    public MultiPartFormData.Parts multipart(MultiPartConfig config) {
        String contentType = requireContentType("multipart/form-data");
        long declared = request.getLength();
        if (declared > config.getMaxSize()) {
            throw tooLarge(config.getMaxSize());
        }
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null) {
            throw ApiException.badRequest("malformed_multipart", "the Content-Type has no multipart boundary");
        }
        // A parser of our own rather than MultiPartFormData.getParts(request, ...): that one keeps its result in a
        // request attribute, and Jetty 12.1's end-of-request clean-up rethrows a kept parse failure, which closes the
        // connection after our 400 without a "Connection: close" (the client's next request on it gets no answer).
        // The caller closes the parts.
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        parser.configure(config);
        try {
            // non-blocking like getParts: the body is parsed on the thread that reads it while this one waits
            return parser.parse(request, InvocationType.NON_BLOCKING).join();
        } catch (RuntimeException e) {
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                    ? e.getCause() : e;
            if (cause instanceof MinimumRequestRate.TooSlow slow) {
                throw ErrorMapper.tooSlow(slow);
            }
            // Jetty's parser reports its limits as "max file size exceeded", "max length exceeded", ...
            if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).startsWith("max ")) {
                throw tooLarge(config.getMaxPartSize());
            }
            // Jetty's other messages name its parser's states; what the caller can act on is that the form is broken
            throw ApiException.badRequest("malformed_multipart",
                    "the multipart body cannot be read: its parts or boundaries are damaged or cut off");
        }
    }

    public Request request() {
        return request;
    }

    public Response response() {
        return response;
    }

    public Callback callback() {
        return callback;
    }

    private String requireContentType(String expected) {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String base = contentType == null ? null : contentType.split(";", 2)[0].trim();
        if (base == null || !base.equalsIgnoreCase(expected)) {
            throw new ApiException(415, "unsupported_media_type",
                    "the body must be " + expected + (contentType == null ? "" : ", got " + contentType));
        }
        return contentType;
    }

    private Fields queryFields() {
        if (query == null) {
            try {
                query = Request.extractQueryParameters(request);
            } catch (RuntimeException e) {
                throw ApiException.badRequest("invalid_parameter", "the query string cannot be read");
            }
        }
        return query;
    }

    private static long parseId(String name, String value) {
        try {
            long id = Long.parseLong(value.trim());
            if (id < 0) {
                throw invalidParameter(name, "must not be negative, got " + id);
            }
            return id;
        } catch (NumberFormatException e) {
            throw invalidParameter(name, "must be an integer id, got '" + value + "'");
        }
    }

    private static ApiException invalidParameter(String name, String problem) {
        return ApiException.badRequest("invalid_parameter", "parameter '" + name + "' " + problem);
    }

    private static ApiException tooLarge(long limit) {
        return new ApiException(413, "payload_too_large", "the body is larger than the limit of " + limit + " bytes");
    }
}
