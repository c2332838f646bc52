package io.batterylab.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(4);

    @Test
    void givenHash_whenVerifyingTheSamePassword_thenTrueAndOtherPasswordsFalse() {
        String hash = hasher.hash("correct horse".toCharArray());

        assertTrue(hasher.verify("correct horse".toCharArray(), hash));
        assertFalse(hasher.verify("correct horsE".toCharArray(), hash));
        assertFalse(hasher.verify("".toCharArray(), hash));
    }

    @Test
    void givenSamePasswordTwice_whenHashed_thenTheSaltsDiffer() {
        assertNotEquals(hasher.hash("correct horse".toCharArray()), hasher.hash("correct horse".toCharArray()));
    }

    @Test
    void givenDefaultHasher_thenItsHashesCarryCostTwelve() {
        assertTrue(new PasswordHasher().hash("x".toCharArray()).startsWith("$2a$12$"));
    }

    @Test
    void givenMalformedStoredHash_whenVerifying_thenFalse() {
        assertFalse(hasher.verify("anything".toCharArray(), "not a bcrypt hash"));
    }

    @Test
    void givenCostOutsideBcryptsRange_thenRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(3));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(32));
    }
}
