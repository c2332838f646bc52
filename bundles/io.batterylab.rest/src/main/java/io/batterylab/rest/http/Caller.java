package io.batterylab.rest.http;

import java.time.Instant;

/**
 * The authenticated user of a request, from a verified token.
 *
 * @param tokenId the token's id (jti), to revoke it on logout
 * @param expiresAt when the token expires anyway
 */
public record Caller(long userId, String tokenId, Instant expiresAt) {
}
