package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.jackson.io.JacksonSerializer;
import io.jsonwebtoken.security.Keys;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens signed with the server's real secret but not issued by it (as if the secret had leaked, or another server
 * had a longer lifetime): their times must still be within what this server grants (one hour in the fixture).
 */
class ForgedTokenTest extends RestFixture {
    private long userId;
    private Instant now;

    @BeforeEach
    void registerUser() throws Exception {
        String token = userToken("mallory");
        userId = json(get("/api/auth/me", token)).get("id").asLong();
        now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void givenAForgedTokenWithinTheRules_whenUsed_thenAccepted() throws Exception {
        assertEquals(200, get("/api/auth/me", forged(now.minusSeconds(10), now.plus(Duration.ofMinutes(50)))
                .compact()).statusCode(), "the forging itself works: only the times below make the difference");
        assertEquals(200, get("/api/auth/me", forged(now.plusSeconds(30), now.plus(Duration.ofMinutes(60)))
                .compact()).statusCode(), "30 s ahead is within the clock skew allowed");
    }

    @Test
    void givenATokenIssuedInTheFuture_whenUsed_then401SayingSo() throws Exception {
        HttpResponse<String> response = get("/api/auth/me",
                forged(now.plus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(30))).compact());

        assertError(401, "invalid_token", response);
        assertTrue(json(response).get("message").asText().contains("issued in the future"), response.body());
    }

    @Test
    void givenATokenThatLastsLongerThanTheConfiguredLifetime_whenUsed_then401SayingSo() throws Exception {
        HttpResponse<String> response = get("/api/auth/me",
                forged(now, now.plus(Duration.ofDays(365))).compact());

        assertError(401, "invalid_token", response);
        assertTrue(json(response).get("message").asText().contains("longer than the 60 minutes"), response.body());
        assertError(401, "invalid_token", get("/api/auth/me",
                forged(now.minus(Duration.ofHours(2)), now.plus(Duration.ofMinutes(10))).compact()));
    }

    @Test
    void givenATokenWithoutIssueTime_whenUsed_then401() throws Exception {
        String token = forged(now, now.plus(Duration.ofMinutes(10))).issuedAt(null).compact();

        assertError(401, "invalid_token", get("/api/auth/me", token));
    }

    private JwtBuilder forged(Instant issuedAt, Instant expiresAt) {
        return Jwts.builder().json(new JacksonSerializer<>()).issuer("batterylab").subject(Long.toString(userId))
                .id(UUID.randomUUID().toString()).issuedAt(Date.from(issuedAt)).expiration(Date.from(expiresAt))
                .signWith(Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256);
    }
}
