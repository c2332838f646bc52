package io.batterylab.rest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.test.support.MutableClock;
import io.batterylab.rest.http.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenBoundSessionsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final TokenBoundSessions sessions = new TokenBoundSessions(clock);
    private final Set<String> revokedInStore = new HashSet<>();
    private final RevocationStore store = sessions.endingOnRevoke(new RevocationStore() {
        @Override
        public void revoke(String tokenId, long userId, Instant expiresAt) {
            revokedInStore.add(tokenId);
        }

        @Override
        public boolean isRevoked(String tokenId) {
            return revokedInStore.contains(tokenId);
        }
    });
    private final List<String> ended = new ArrayList<>();

    @Test
    void givenTwoConnectionsOfATokenAndOneOfAnother_whenTheTokenIsRevoked_thenOnlyItsConnectionsEnd() {
        Caller first = caller("token-1", Duration.ofHours(1));
        sessions.bind(first, reason -> ended.add("a " + reason));
        sessions.bind(first, reason -> ended.add("b " + reason));
        sessions.bind(caller("token-2", Duration.ofHours(1)), reason -> ended.add("c " + reason));

        store.revoke("token-1", 7, first.expiresAt());

        assertTrue(store.isRevoked("token-1"), "the store still records the revocation");
        assertEquals(Set.of("a token_revoked", "b token_revoked"), Set.copyOf(ended));
        assertEquals(1, sessions.size());
    }

    @Test
    void givenTokensExpiringAtDifferentTimes_whenTheClockPassesOne_thenOnlyThatConnectionEnds() {
        sessions.bind(caller("short", Duration.ofMinutes(5)), reason -> ended.add("short " + reason));
        sessions.bind(caller("long", Duration.ofHours(1)), reason -> ended.add("long " + reason));

        sessions.endExpired();
        assertTrue(ended.isEmpty());
        clock.advance(Duration.ofMinutes(5));
        sessions.endExpired();
        sessions.endExpired();

        assertEquals(List.of("short token_expired"), ended, "ended once");
    }

    @Test
    void givenConnectionClosedByItself_whenItsTokenIsRevoked_thenItIsNotEndedAgain() {
        Caller caller = caller("token-1", Duration.ofHours(1));
        TokenBoundSessions.Binding binding = sessions.bind(caller, reason -> ended.add(reason));

        binding.close();
        store.revoke("token-1", 7, caller.expiresAt());

        assertTrue(ended.isEmpty());
        assertEquals(0, sessions.size());
    }

    @Test
    void givenAlreadyExpiredToken_whenBound_thenTheConnectionEndsAtOnce() {
        sessions.bind(caller("old", Duration.ZERO), reason -> ended.add(reason));

        assertEquals(List.of("token_expired"), ended);
        assertEquals(0, sessions.size());
    }

    @Test
    void givenAFailingConnection_whenTokensExpire_thenTheOthersStillEnd() {
        sessions.bind(caller("a", Duration.ofMinutes(1)), reason -> {
            throw new IllegalStateException("connection already broken");
        });
        sessions.bind(caller("b", Duration.ofMinutes(1)), reason -> ended.add(reason));
        clock.advance(Duration.ofMinutes(2));

        sessions.endExpired();

        assertEquals(List.of("token_expired"), ended);
    }

    private Caller caller(String tokenId, Duration validFor) {
        return new Caller(7, tokenId, clock.instant().plus(validFor));
    }
}
