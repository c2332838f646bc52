package io.batterylab.rest.auth;

import io.batterylab.core.model.User;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Authenticator;
import io.batterylab.rest.http.Caller;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.jackson.io.JacksonDeserializer;
import io.jsonwebtoken.jackson.io.JacksonSerializer;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Signed session tokens (JWT, HMAC-SHA256): the subject is the user id, the id (jti) identifies the token for
 * logout. A token is accepted when its signature and issuer hold, it has not expired, it was not issued in the
 * future (beyond {@link #CLOCK_SKEW}), it lasts no longer than the configured lifetime and it was not revoked. The
 * JSON (de)serializers are given explicitly rather than found by ServiceLoader, which does not see across OSGi
 * bundles.
 */
public final class TokenService implements Authenticator {
    /** Shortest accepted secret: HS256 needs a 256-bit key. */
    public static final int MIN_SECRET_LENGTH = 32;
    private static final String ISSUER = "batterylab";
    /** How far a token's issue time may lie ahead of this server's clock (another server's clock may run ahead). */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final SecretKey key;
    private final Duration lifetime;
    private final RevocationStore revocations;
    private final Clock clock;
    private final JwtParser parser;

    public TokenService(String secret, Duration lifetime, RevocationStore revocations, Clock clock) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the JWT secret must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.key = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
        this.lifetime = lifetime;
        this.revocations = revocations;
        this.clock = clock;
        this.parser = Jwts.parser().json(new JacksonDeserializer<>()).verifyWith(key).requireIssuer(ISSUER)
                .clock(() -> Date.from(clock.instant())).build();
    }

    public IssuedToken issue(User user) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = now.plus(lifetime);
        String id = UUID.randomUUID().toString();
        String token = Jwts.builder().json(new JacksonSerializer<>()).issuer(ISSUER)
                .subject(Long.toString(user.id())).id(id).issuedAt(Date.from(now)).expiration(Date.from(expires))
                .signWith(key, Jwts.SIG.HS256).compact();
        return new IssuedToken(token, id, expires);
    }

    @Override
    public Caller authenticate(String token) {
        Claims claims;
        try {
            claims = parser.parseSignedClaims(token).getPayload();
        } catch (ExpiredJwtException e) {
            throw ApiException.unauthorized("token_expired", "the token has expired; log in again");
        } catch (JwtException | IllegalArgumentException e) {
            throw ApiException.unauthorized("invalid_token", "the token is not valid");
        }
        long userId;
        try {
            userId = Long.parseLong(claims.getSubject());
        } catch (NumberFormatException | NullPointerException e) {
            throw ApiException.unauthorized("invalid_token", "the token is not valid");
        }
        if (claims.getId() == null || claims.getExpiration() == null || claims.getIssuedAt() == null) {
            throw ApiException.unauthorized("invalid_token", "the token is not valid");
        }
        checkTimes(claims.getIssuedAt().toInstant(), claims.getExpiration().toInstant());
        if (revocations.isRevoked(claims.getId())) {
            throw ApiException.unauthorized("token_revoked", "the token was logged out; log in again");
        }
        return new Caller(userId, claims.getId(), claims.getExpiration().toInstant());
    }

    /**
     * A token signed with our key but not by {@link #issue} (a leaked key, or a server configured with a longer
     * lifetime once) must not outlive what this server grants: refuse an issue time in the future and a life
     * longer than the configured one.
     */
    private void checkTimes(Instant issuedAt, Instant expiresAt) {
        if (issuedAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw ApiException.unauthorized("invalid_token",
                    "the token is not valid: it claims to be issued in the future (" + issuedAt + ")");
        }
        if (Duration.between(issuedAt, expiresAt).compareTo(lifetime) > 0) {
            throw ApiException.unauthorized("invalid_token", "the token is not valid: it would last longer than"
                    + " the " + lifetime.toMinutes() + " minutes this server grants; log in again");
        }
    }

    /** Logs the caller's token out for good. */
    public void revoke(Caller caller) {
        revocations.revoke(caller.tokenId(), caller.userId(), caller.expiresAt());
    }

    public Duration lifetime() {
        return lifetime;
    }
}
