package io.batterylab.rest.auth;

import io.batterylab.rest.http.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections that outlive the request that opened them (event streams, later WebSockets), each bound to the token
 * it was opened with: a token is checked once when the connection opens, so without this a logged-out or expired
 * token would keep a stream open for as long as the client likes. Logging a token out ends its connections at once
 * (see {@link #endingOnRevoke}); a sweep ends those of expired tokens within a second of the expiry.
 */
public final class TokenBoundSessions {
    /** Why a session ended, as the client is told. */
    public static final String LOGGED_OUT = "token_revoked";
    public static final String EXPIRED = "token_expired";
    private static final Logger LOG = LoggerFactory.getLogger(TokenBoundSessions.class);
    private static final Duration SWEEP = Duration.ofSeconds(1);

    private final Clock clock;
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService sweeper;

    public TokenBoundSessions(Clock clock) {
        this.clock = clock;
    }

    /**
     * Binds a connection to the caller's token.
     *
     * @param end called once, with {@link #LOGGED_OUT} or {@link #EXPIRED}, when the token stops being valid; it
     *        must end the connection without blocking
     * @return close it when the connection ends for another reason
     */
    public Binding bind(Caller caller, Consumer<String> end) {
        Session session = new Session(caller.tokenId(), caller.expiresAt(), end);
        sessions.add(session);
        if (!caller.expiresAt().isAfter(clock.instant())) {
            endWhere(session::equals, EXPIRED);
        }
        return () -> sessions.remove(session);
    }

    /** A revocation store that also ends the connections of each token it revokes. */
    public RevocationStore endingOnRevoke(RevocationStore store) {
        return new RevocationStore() {
            @Override
            public void revoke(String tokenId, long userId, Instant expiresAt) {
                store.revoke(tokenId, userId, expiresAt);
                endWhere(s -> s.tokenId.equals(tokenId), LOGGED_OUT);
            }

            @Override
            public boolean isRevoked(String tokenId) {
                return store.isRevoked(tokenId);
            }
        };
    }

    /** Ends the connections whose token has expired by now. */
    public void endExpired() {
        Instant now = clock.instant();
        endWhere(s -> !s.expiresAt.isAfter(now), EXPIRED);
    }

    public int size() {
        return sessions.size();
    }

    public synchronized void start() {
        if (sweeper == null) {
            sweeper = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("batterylab-rest-token-sweep").daemon().factory());
            sweeper.scheduleWithFixedDelay(this::endExpired, SWEEP.toMillis(), SWEEP.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    public synchronized void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
            sweeper = null;
        }
    }

    private void endWhere(Predicate<Session> which, String reason) {
        for (Session session : sessions) {
            if (which.test(session) && sessions.remove(session)) {
                try {
                    session.end.accept(reason);
                } catch (RuntimeException e) {
                    // one connection failing to end must not keep the others (or later sweeps) from ending
                    LOG.warn("ending a connection ({}) failed: {}", reason, e.toString(), e);
                }
            }
        }
    }

    /** A bound connection; closing it more than once is harmless. */
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    /** Compared by identity: two connections of one token are two sessions. */
    private static final class Session {
        final String tokenId;
        final Instant expiresAt;
        final Consumer<String> end;

        Session(String tokenId, Instant expiresAt, Consumer<String> end) {
            this.tokenId = tokenId;
            this.expiresAt = expiresAt;
            this.end = end;
        }
    }
}
