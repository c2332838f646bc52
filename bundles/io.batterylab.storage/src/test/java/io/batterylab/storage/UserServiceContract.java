package io.batterylab.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.User;
import io.batterylab.core.service.AuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Registration and login. */
abstract class UserServiceContract extends StorageFixture {

    @Test
    void givenRegisteredUser_whenLoggingInWithThePassword_thenTheSameUserComesBack() throws Exception {
        User registered = users.register("alice", "s3cret-pass".toCharArray());

        User loggedIn = users.login("alice", "s3cret-pass".toCharArray());

        assertEquals(registered, loggedIn);
        assertEquals("alice", loggedIn.username());
        assertEquals(registered, users.find(registered.id()).orElseThrow());
    }

    @Test
    void givenRegisteredUser_thenOnlyASaltedHashOfThePasswordIsStored() {
        users.register("alice", "s3cret-pass".toCharArray());
        users.register("bob", "s3cret-pass".toCharArray());

        assertEquals(0, count("SELECT COUNT(*) FROM users WHERE password_hash LIKE '%s3cret%'"));
        assertEquals(2, count("SELECT COUNT(*) FROM users WHERE password_hash LIKE '$2a$04$%'"));
        assertEquals(2, count("SELECT COUNT(DISTINCT password_hash) FROM users"));
    }

    @Test
    void givenTakenName_whenRegisteringItAgainInAnyCase_thenRejectedSayingSo() {
        newUser("alice");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> users.register("ALICE", "other password".toCharArray()));

        assertTrue(e.getMessage().contains("already taken"), e.getMessage());
        assertEquals(1, count("SELECT COUNT(*) FROM users"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "has space", "semi;colon", "quote'name", "x'); DROP TABLE users; --",
        "slash/name", "01234567890123456789012345678901234567890123456789012345678901234"})
    void givenNameBreakingTheRules_whenRegistering_thenRejectedAndNothingStored(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> users.register(name, "long enough".toCharArray()));

        assertTrue(e.getMessage().startsWith("User name"), e.getMessage());
        assertEquals(0, count("SELECT COUNT(*) FROM users"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a.b_c-d", "Zhang.San_2024", "张三丰", "0123456789012345678901234567890123456789012345678901234567890123"})
    void givenNameWithinTheRules_whenRegistering_thenAcceptedAndStoredAsGiven(String name) throws Exception {
        User user = users.register(name, "long enough".toCharArray());

        assertEquals(name, user.username());
        assertEquals(user, users.login(name, "long enough".toCharArray()));
    }

    @Test
    void givenSevenCharacterPassword_whenRegistering_thenRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> users.register("alice", "1234567".toCharArray()));

        assertTrue(e.getMessage().contains("at least 8"), e.getMessage());
    }

    @Test
    void givenUnknownUserOrWrongPassword_whenLoggingIn_thenTheSameMessageForBoth() {
        newUser("alice");

        AuthenticationException wrongPassword = assertThrows(AuthenticationException.class,
                () -> users.login("alice", "wrong password".toCharArray()));
        AuthenticationException unknownUser = assertThrows(AuthenticationException.class,
                () -> users.login("nobody", "correct horse".toCharArray()));

        assertEquals(wrongPassword.getMessage(), unknownUser.getMessage());
    }

    @Test
    void givenPasswordLongerThanBcryptsLimit_whenOnlyTheEndDiffers_thenLoginFails() throws Exception {
        String longPassword = "p".repeat(100);
        newUserWithPassword("alice", longPassword + "A");

        assertThrows(AuthenticationException.class, () -> users.login("alice", (longPassword + "B").toCharArray()));
        assertEquals("alice", users.login("alice", (longPassword + "A").toCharArray()).username());
    }

    @Test
    void givenNameInOtherCase_whenLoggingIn_thenTheRegisteredUserComesBack() throws Exception {
        User alice = newUser("Alice");

        assertEquals(alice, users.login("aLICE", "correct horse".toCharArray()));
    }

    @Test
    void givenUnknownId_whenFinding_thenEmpty() {
        assertFalse(users.find(12345).isPresent());
    }

    private void newUserWithPassword(String name, String password) {
        users.register(name, password.toCharArray());
    }
}
