package io.batterylab.rest.auth;

import java.time.Instant;

/** A freshly signed token and when it stops being accepted. */
public record IssuedToken(String token, String tokenId, Instant expiresAt) {
}
