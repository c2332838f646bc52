package io.batterylab.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.User;
import io.batterylab.core.service.AuthenticationException;
import io.batterylab.core.service.RegistrationException;
import io.batterylab.core.service.RegistrationException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Registration and login. */
abstract class UserServiceContract extends StorageFixture {

    @Test
    void givenRegisteredUser_whenLoggingInWithThePassword_thenTheSameUserComesBack() throws Exception {
        User registered = users.register("alice", "amber kettle 7 drums".toCharArray());

        User loggedIn = users.login("alice", "amber kettle 7 drums".toCharArray());

        assertEquals(registered, loggedIn);
        assertEquals("alice", loggedIn.username());
        assertEquals(registered, users.find(registered.id()).orElseThrow());
    }

    @Test
    void givenRegisteredUser_thenOnlyASaltedHashOfThePasswordIsStored() {
        users.register("alice", "amber kettle 7 drums".toCharArray());
        users.register("bob", "amber kettle 7 drums".toCharArray());

        assertEquals(0, count("SELECT COUNT(*) FROM users WHERE password_hash LIKE '%kettle%'"));
        assertEquals(2, count("SELECT COUNT(*) FROM users WHERE password_hash LIKE '$2a$04$%'"));
        assertEquals(2, count("SELECT COUNT(DISTINCT password_hash) FROM users"));
    }

    @Test
    void givenTakenName_whenRegisteringItAgainInAnyCase_thenRejectedSayingSo() {
        newUser("alice");

        RegistrationException e = assertThrows(RegistrationException.class,
                () -> users.register("ALICE", "other password".toCharArray()));

        assertEquals(Reason.NAME_TAKEN, e.reason());
        assertTrue(e.getMessage().contains("already taken"), e.getMessage());
        assertEquals(1, count("SELECT COUNT(*) FROM users"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "has space", "semi;colon", "quote'name", "x'); DROP TABLE users; --",
        "slash/name", "01234567890123456789012345678901234567890123456789012345678901234"})
    void givenNameBreakingTheRules_whenRegistering_thenRejectedAndNothingStored(String name) {
        RegistrationException e = assertThrows(RegistrationException.class,
                () -> users.register(name, "long enough password".toCharArray()));

        assertEquals(Reason.NAME_INVALID, e.reason());
        assertTrue(e.getMessage().startsWith("User name"), e.getMessage());
        assertEquals(0, count("SELECT COUNT(*) FROM users"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a.b_c-d", "Zhang.San_2024", "张三丰", "0123456789012345678901234567890123456789012345678901234567890123"})
    void givenNameWithinTheRules_whenRegistering_thenAcceptedAndStoredAsGiven(String name) throws Exception {
        User user = users.register(name, "long enough password".toCharArray());

        assertEquals(name, user.username());
        assertEquals(user, users.login(name, "long enough password".toCharArray()));
    }

    @Test
    void givenSevenCharacterPassword_whenRegistering_thenRejected() {
        RegistrationException e = assertThrows(RegistrationException.class,
                () -> users.register("alice", "1234567".toCharArray()));

        assertEquals(Reason.PASSWORD_WEAK, e.reason());
        assertTrue(e.getMessage().contains("at least 8"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "alice     | password                 | This is a top-10 common password",
        "alice     | '        '               | Repeats like",
        "alice     | 12345678                 | This is a top-10 common password",
        "alice     | Passw0rd!                | similar to a commonly used password",
        "johnsmith | johnsmith                | must not contain the user name",
        "johnsmith | ＪＯＨＮＳＭＩＴＨ-2024-xq    | must not contain the user name",
        "Straße    | my strasse is quiet      | must not contain the user name"})
    void givenWeakPassword_whenRegistering_thenRefusedSayingWhyAndNothingStored(String name, String password,
            String why) {
        RegistrationException e = assertThrows(RegistrationException.class,
                () -> users.register(name, password.toCharArray()));

        assertEquals(Reason.PASSWORD_WEAK, e.reason());
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertEquals(0, count("SELECT COUNT(*) FROM users"));
    }

    @Test
    void givenPasswordOfMoreThan256Characters_whenRegistering_thenRefusedSayingTheLimit() {
        RegistrationException e = assertThrows(RegistrationException.class,
                () -> users.register("alice", "xq7!".repeat(65).toCharArray()));

        assertTrue(e.getMessage().contains("at most 256"), e.getMessage());
    }

    @Test
    void givenCompatibilityOrCaseVariantOfAName_whenLoggingIn_thenTheOneAccountIsFound() throws Exception {
        User registered = users.register("Ａｌｉｃｅ", "correct horse".toCharArray());
        User strasse = users.register("Straße", "correct horse".toCharArray());

        assertEquals("Alice", registered.username(), "full-width letters are stored as the plain ones");
        for (String spelling : new String[] {"alice", "ALICE", "Ａｌｉｃｅ", "aLiCe"}) {
            assertEquals(registered, users.login(spelling, "correct horse".toCharArray()), spelling);
        }
        assertEquals(strasse, users.login("STRASSE", "correct horse".toCharArray()), "full case folding");
        RegistrationException taken = assertThrows(RegistrationException.class,
                () -> users.register("strasse", "correct horse".toCharArray()));
        assertEquals(Reason.NAME_TAKEN, taken.reason());
    }

    @ParameterizedTest
    @CsvSource({"paypal, paypa1", "paypal, PAYPA1", "alice, aIice", "bob0, BOBO", "ｍｉｌｌ, rnill"})
    void givenNameThatLooksLikeAnExistingOne_whenRegistering_thenRefusedAsConfusable(String existing,
            String lookalike) {
        newUser(existing);

        RegistrationException e = assertThrows(RegistrationException.class,
                () -> users.register(lookalike, "correct horse".toCharArray()));

        assertEquals(Reason.NAME_CONFUSABLE, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("looks too much like an existing user's name"), e.getMessage());
        assertEquals(1, count("SELECT COUNT(*) FROM users"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "раураl   | mixes scripts (Cyrillic, Latin)",
        "alexΑndr | mixes scripts (Greek, Latin)",
        "alice٣   | mixes scripts (Arabic, Latin)",
        "alice1٣  | mixes digits of different number systems"})
    void givenNameMixingScripts_whenRegistering_thenRefusedSayingSo(String name, String why) {
        RegistrationException e = assertThrows(RegistrationException.class,
                () -> users.register(name, "correct horse".toCharArray()));

        assertEquals(Reason.NAME_INVALID, e.reason());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Алиса", "山田たろう", "Zhang.San_2024", "Ελένη"})
    void givenNameInOneScript_whenRegistering_thenAccepted(String name) throws Exception {
        assertEquals(name, newUser(name).username());
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
        String longPassword = "violet ferns hum under 42 amber kettles while drums echo nearby " + "p".repeat(40);
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
