package io.batterylab.rest.ws;

import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.resources.ApiResource;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * {@code GET /api/ws}: the caller's job events over a WebSocket, the same events as {@code /api/events}. A browser
 * cannot put an Authorization header on a WebSocket and a token in the URL would land in access logs, so the
 * handshake is open and the socket authenticates with its first message; the protocol is in {@link #PROTOCOL}.
 */
public final class EventSocketResource implements ApiResource {
    /** The protocol as the OpenAPI document describes it (CommonMark). */
    static final String PROTOCOL = """
            Open with a WebSocket client (`new WebSocket("ws://host:port/api/ws")` in a browser). No header and no \
            URL parameter carries the token: the **first message** must be \
            `{"type":"auth","token":"<token from POST /api/auth/login>"}`, within 5 s of opening.

            Server messages (JSON text):
            - `{"type":"ready","userId":1,"expiresAt":"…"}` once the token is accepted;
            - `{"type":"event","id":7,"event":{"kind":"status","jobId":3,"runId":null,"time":"…","data":{…}}}` per \
            job event of the caller (the `event` object is the `data:` line of `/api/events`);
            - `{"type":"end","reason":"…","code":4401,"message":"…"}` just before the server closes the socket.

            The client sends nothing after the auth message; pings every 15 s keep the socket alive (browsers answer \
            them by themselves). Close codes and reasons:
            - `4400 bad_message`: the first message was not an auth message, or another message followed it;
            - `4401 unauthorized`: an invalid, expired or revoked token; `4401 token_revoked` / \
            `4401 token_expired`: the token was logged out or expired while the socket was open;
            - `4408 auth_timeout`: no auth message in time;
            - `4429 too_many_streams`: the user or client address already holds as many event streams and sockets \
            as allowed (the same limits as `/api/events`);
            - `1008 client_too_slow`: the client fell too far behind the events;
            - `1009`: a message larger than 16 KiB;
            - `1001 server_stopping`: the server is stopping; reconnect in a moment.

            A browser page may open the socket only from this server's own origin (403 otherwise).""";

    private final EventSockets sockets;

    public EventSocketResource(EventSockets sockets) {
        this.sockets = sockets;
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("GET", "/api/ws", "eventSocket").tag("events").open()
                .summary("WebSocket of the caller's job events (authenticate with the first message)")
                .description(PROTOCOL)
                .returns(101, "Switching to the WebSocket protocol", null)
                .error(403, "A browser page of another origin opened the socket")
                .error(426, "Not a WebSocket handshake")
                .error(503, "The server is stopping")
                .handle(this::open);
    }

    private Reply open(Call call) {
        Request request = call.request();
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (!SameOrigin.allows(origin, request.isSecure(), Request.getServerName(request),
                Request.getServerPort(request))) {
            throw new ApiException(403, "forbidden_origin", "a page of " + origin + " may not open this server's "
                    + "event socket; open it from a page this server serves");
        }
        sockets.upgrade(call);
        return Reply.alreadySent();
    }
}
