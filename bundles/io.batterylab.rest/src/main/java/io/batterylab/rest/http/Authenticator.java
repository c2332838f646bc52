package io.batterylab.rest.http;

/** Turns the token of an {@code Authorization: Bearer} header into the calling user. */
@FunctionalInterface
public interface Authenticator {
    /** @throws ApiException 401 when the token is invalid, tampered with, expired or revoked */
    Caller authenticate(String bearerToken);
}
