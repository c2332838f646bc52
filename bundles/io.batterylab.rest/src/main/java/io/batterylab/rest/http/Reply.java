package io.batterylab.rest.http;

import java.util.Map;

/**
 * What a handler answers: a status and a body written as JSON (none for 204), or a note that the handler has written
 * the response itself (the event stream, the documentation page).
 */
public record Reply(int status, Object body, Map<String, String> headers, boolean sent) {
    public static Reply ok(Object body) {
        return new Reply(200, body, Map.of(), false);
    }

    public static Reply created(Object body, String location) {
        return new Reply(201, body, Map.of("Location", location), false);
    }

    public static Reply noContent() {
        return new Reply(204, null, Map.of(), false);
    }

    /** The handler has already written and completed the response. */
    public static Reply alreadySent() {
        return new Reply(0, null, Map.of(), true);
    }
}
