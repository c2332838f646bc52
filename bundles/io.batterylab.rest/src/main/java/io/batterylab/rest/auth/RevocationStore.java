package io.batterylab.rest.auth;

import java.time.Instant;

/** Tokens that were logged out before they expired. */
public interface RevocationStore {
    /** Records the token as revoked until it expires; revoking it again is harmless. */
    void revoke(String tokenId, long userId, Instant expiresAt);

    boolean isRevoked(String tokenId);
}
