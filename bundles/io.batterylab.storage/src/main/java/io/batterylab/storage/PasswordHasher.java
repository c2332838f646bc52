package io.batterylab.storage;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;

/**
 * Slow salted password hashes (bcrypt). Passwords longer than bcrypt's 72-byte limit are pre-hashed with SHA-512
 * rather than silently cut, so that every character counts.
 */
public final class PasswordHasher {
    /** Cost of new hashes in production: about a quarter second per hash on a laptop. */
    public static final int DEFAULT_COST = 12;

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);

    private final int cost;

    public PasswordHasher() {
        this(DEFAULT_COST);
    }

    /** @param cost log2 of the bcrypt rounds, 4..31; tests use a low cost for speed */
    public PasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4..31: " + cost);
        }
        this.cost = cost;
    }

    public String hash(char[] password) {
        return BCrypt.with(VERSION, LONG_PASSWORDS).hashToString(cost, password);
    }

    /** Compares in constant time (done by the library); false for a malformed hash. */
    public boolean verify(char[] password, String hash) {
        try {
            return BCrypt.verifyer(VERSION, LONG_PASSWORDS).verify(password, hash).verified;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
