package io.batterylab.core.service;

/** Login failed; deliberately does not say whether the user exists. */
public class AuthenticationException extends Exception {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }
}
