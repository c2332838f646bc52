package io.batterylab.rest.ws;

import io.batterylab.rest.auth.TokenBoundSessions;

/**
 * Why the server closes an event WebSocket: the close code and the short reason of the close frame (a close reason
 * may hold at most 123 bytes, so the full explanation goes in the {@code end} message sent just before). Codes 4000
 * to 4999 are the application's own; they echo the HTTP status a request would get.
 *
 * @param code the WebSocket close code
 * @param reason a stable machine-readable word, the same as the {@code end} message's {@code reason}
 */
public record SocketClose(int code, String reason) {
    /** The first message was not {@code {"type":"auth","token":...}}, or a later message was sent at all. */
    public static final SocketClose BAD_MESSAGE = new SocketClose(4400, "bad_message");
    /** The token of the auth message is invalid, expired or revoked. */
    public static final SocketClose UNAUTHORIZED = new SocketClose(4401, "unauthorized");
    /** The token the socket was opened with has been logged out. */
    public static final SocketClose TOKEN_REVOKED = new SocketClose(4401, TokenBoundSessions.LOGGED_OUT);
    /** The token the socket was opened with has expired. */
    public static final SocketClose TOKEN_EXPIRED = new SocketClose(4401, TokenBoundSessions.EXPIRED);
    /** No auth message came within the auth timeout. */
    public static final SocketClose AUTH_TIMEOUT = new SocketClose(4408, "auth_timeout");
    /** The user or the client address already holds as many event streams and sockets as allowed. */
    public static final SocketClose TOO_MANY = new SocketClose(4429, "too_many_streams");
    /** The client did not read the events as fast as they came. */
    public static final SocketClose TOO_SLOW = new SocketClose(1008, "client_too_slow");
    /** The server is stopping (or was, when the socket authenticated); reconnect in a moment. */
    public static final SocketClose SERVER_STOPPING = new SocketClose(1001, "server_stopping");

    /** The close of a socket whose token stopped being valid, from {@link TokenBoundSessions}' reason. */
    static SocketClose tokenEnded(String reason) {
        return TokenBoundSessions.LOGGED_OUT.equals(reason) ? TOKEN_REVOKED : TOKEN_EXPIRED;
    }
}
