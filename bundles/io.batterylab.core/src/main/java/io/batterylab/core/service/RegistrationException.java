package io.batterylab.core.service;

/**
 * A registration refused, with the reason in words for the person registering and as a kind for programs (the
 * REST API maps it to a status and error code). An {@link IllegalArgumentException}, as {@link UserService#register}
 * has always promised.
 */
public final class RegistrationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the registration. */
    public enum Reason {
        /** The name breaks the rules: length, characters, mixed scripts. */
        NAME_INVALID,
        /** The name, normalised, is an existing user's. */
        NAME_TAKEN,
        /** The name looks like an existing user's (e.g. Cyrillic 'а' for Latin 'a', '1' for 'l'). */
        NAME_CONFUSABLE,
        /** The password is missing, too short or long, contains the name, or is too easy to guess. */
        PASSWORD_WEAK
    }

    private final Reason reason;

    public RegistrationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
