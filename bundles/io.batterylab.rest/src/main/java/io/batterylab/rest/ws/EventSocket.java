package io.batterylab.rest.ws;

import io.batterylab.core.service.JobEvents;
import io.batterylab.rest.auth.TokenBoundSessions;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Caller;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One event WebSocket. It waits for the auth message, then carries the user's job events until the client closes
 * it, its token is logged out or expires, it falls too far behind, or the server stops. Public because Jetty
 * calls it through method handles; only {@link EventSockets} creates one. Sends are Jetty's
 * non-blocking ones from the publishing thread; as with the event stream, at most {@code bufferBytes} may wait for
 * the client, and a client that falls further behind is closed rather than buffered without bound.
 */
public final class EventSocket implements Session.Listener.AutoDemanding {
    private static final String AUTH_FIRST = "the first message must be {\"type\":\"auth\",\"token\":\"<token from "
            + "POST /api/auth/login>\"}";

    private final EventSockets sockets;
    private final String address;
    private final List<Runnable> closeActions = new ArrayList<>();
    /** Events that came between the subscription and the ready message; sent right after it, in order. */
    private final List<String> early = new ArrayList<>();
    private Session session;
    private boolean authenticating;
    private boolean ready;
    private boolean closing;
    private boolean ended;
    private int pendingBytes;

    EventSocket(EventSockets sockets, String address) {
        this.sockets = sockets;
        this.address = address;
    }

    @Override
    public void onWebSocketOpen(Session newSession) {
        synchronized (this) {
            session = newSession;
        }
        sockets.opened(this);
    }

    @Override
    public void onWebSocketText(String text) {
        boolean first;
        synchronized (this) {
            if (closing) {
                return;
            }
            first = !authenticating;
            authenticating = true;
        }
        if (first) {
            authenticate(text);
        } else {
            close(SocketClose.BAD_MESSAGE, "the server reads only the auth message; send nothing after it");
        }
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, org.eclipse.jetty.websocket.api.Callback callback) {
        callback.succeed();
        close(SocketClose.BAD_MESSAGE, AUTH_FIRST);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        ended();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        ended();
    }

    /** Closes the socket unless it has authenticated by now. */
    void authDeadline() {
        synchronized (this) {
            if (ready || closing) {
                return;
            }
        }
        close(SocketClose.AUTH_TIMEOUT, "no auth message within " + sockets.authTimeout().toSeconds() + " s of "
                + "opening the socket; " + AUTH_FIRST);
    }

    /** The heartbeat: a ping keeps proxies from closing a quiet socket and finds clients that have gone. */
    void ping() {
        Session s;
        synchronized (this) {
            if (!ready || closing) {
                return;
            }
            s = session;
        }
        s.sendPing(ByteBuffer.allocate(0), Callback.from(() -> { }, failure -> ended()));
    }

    /** Sends the end message with the explanation, then closes with the code; harmless once closing. */
    void close(SocketClose close, String explanation) {
        Session s;
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            s = session;
        }
        if (s != null) {
            s.sendText(sockets.messages().end(close, explanation), Callback.NOOP);
            s.close(close.code(), close.reason(), Callback.NOOP);
        }
        ended();
    }

    private void authenticate(String text) {
        Optional<String> token = sockets.messages().authToken(text);
        if (token.isEmpty()) {
            close(SocketClose.BAD_MESSAGE, AUTH_FIRST);
            return;
        }
        Caller caller;
        try {
            caller = sockets.authenticator().authenticate(token.get());
            whenClosed(sockets.streams().reserve(caller.userId(), address));
        } catch (ApiException e) {
            close(e.status() == 429 ? SocketClose.TOO_MANY
                    : e.status() == 401 ? SocketClose.UNAUTHORIZED : SocketClose.SERVER_STOPPING, e.getMessage());
            return;
        }
        JobEvents.Subscription subscription = sockets.events().subscribe(caller.userId(),
                event -> send(sockets.messages().event(sockets.nextId(), event)));
        whenClosed(subscription::close);
        TokenBoundSessions.Binding binding = sockets.sessions().bind(caller,
                reason -> close(SocketClose.tokenEnded(reason), TokenBoundSessions.LOGGED_OUT.equals(reason)
                        ? "the token was logged out" : "the token has expired; log in again"));
        whenClosed(binding::close);
        List<String> waiting;
        synchronized (this) {
            ready = true;
            waiting = List.copyOf(early);
            early.clear();
        }
        send(sockets.messages().ready(caller));
        waiting.forEach(this::send);
    }

    private void send(String text) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        boolean tooSlow = false;
        synchronized (this) {
            if (closing) {
                return;
            }
            if (!ready) {
                early.add(text);
                return;
            }
            if (pendingBytes + bytes > sockets.bufferBytes()) {
                tooSlow = true;
            } else {
                pendingBytes += bytes;
                session.sendText(text, Callback.from(() -> sent(bytes), failure -> ended()));
            }
        }
        if (tooSlow) {
            close(SocketClose.TOO_SLOW, "the client fell more than " + sockets.bufferBytes()
                    + " bytes behind the events; reconnect");
        }
    }

    private synchronized void sent(int bytes) {
        pendingBytes -= bytes;
    }

    /** Runs the action when the socket ends, or now if it already has. */
    private void whenClosed(Runnable action) {
        synchronized (this) {
            if (!ended) {
                closeActions.add(action);
                return;
            }
        }
        action.run();
    }

    private void ended() {
        List<Runnable> actions;
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            closing = true;
            actions = List.copyOf(closeActions);
            closeActions.clear();
            early.clear();
        }
        actions.forEach(Runnable::run);
        sockets.closed(this);
    }
}
