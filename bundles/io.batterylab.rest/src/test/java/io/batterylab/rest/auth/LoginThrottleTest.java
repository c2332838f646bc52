package io.batterylab.rest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.test.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final String ATTACKER = "10.0.0.66";
    private static final String OWNER = "10.0.0.1";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LoginThrottle throttle = LoginThrottle.defaults(n -> n.toLowerCase(Locale.ROOT), clock);

    @Test
    void givenGuessesFromOneAddress_thenThatAddressWaitsLongerEachTime_andTheOwnerElsewhereNotAtAll() {
        Duration[] waits = new Duration[8];
        for (int i = 0; i < waits.length; i++) {
            throttle.failed("alice", ATTACKER);
            waits[i] = throttle.waitBeforeTry("ALICE", ATTACKER);
            clock.advance(waits[i]);
        }

        assertEquals(Duration.ZERO, waits[2], "three free tries");
        assertEquals(Duration.ofSeconds(2), waits[3]);
        assertEquals(Duration.ofSeconds(4), waits[4]);
        assertEquals(Duration.ofSeconds(32), waits[7], "doubling");
        assertEquals(Duration.ZERO, throttle.waitBeforeTry("alice", OWNER), "another address is not slowed");
        assertEquals(Duration.ZERO, throttle.waitBeforeTry("bob", ATTACKER), "another name is not slowed");
    }

    @Test
    void givenEndlessGuessesFromOneAddress_thenItsDelayStopsAtTheCap_andIsForgottenAfterAQuietHour() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("alice", ATTACKER);
        }

        assertEquals(Duration.ofMinutes(15), throttle.waitBeforeTry("alice", ATTACKER));
        clock.advance(Duration.ofHours(1));
        throttle.failed("alice", ATTACKER);
        assertEquals(Duration.ZERO, throttle.waitBeforeTry("alice", ATTACKER), "counting starts again");
    }

    @Test
    void givenOneAddressTryingManyNames_thenEveryoneNewBehindItWaitsAtMostAMinute_butKnownLoginsNotAtAll() {
        throttle.succeeded("carol", ATTACKER); // carol logged in from this shared address before
        for (int i = 0; i < 100; i++) {
            throttle.failed("user" + i, ATTACKER);
        }

        Duration forNewcomer = throttle.waitBeforeTry("dave", ATTACKER);
        assertTrue(forNewcomer.compareTo(Duration.ZERO) > 0, "a new name behind the noisy address waits");
        assertTrue(forNewcomer.compareTo(Duration.ofSeconds(60)) <= 0, "but not long: " + forNewcomer);
        assertEquals(Duration.ZERO, throttle.waitBeforeTry("carol", ATTACKER), "a trusted login is not delayed");
        assertEquals(Duration.ZERO, throttle.waitBeforeTry("dave", OWNER), "other addresses are not delayed");
    }

    @Test
    void givenOneAddressAlone_thenItCannotSlowTheNameForOtherAddresses() {
        for (int i = 0; i < 12; i++) { // about 17 minutes of guessing, well within the name's hour of memory
            throttle.failed("alice", ATTACKER);
            clock.advance(throttle.waitBeforeTry("alice", ATTACKER));
        }

        assertEquals(Duration.ZERO, throttle.waitBeforeTry("alice", "10.0.0.2"));
    }

    @Test
    void givenManyAddressesGuessingOneName_thenNewAddressesWaitForTheName_butTheOwnersKnownAddressDoesNot() {
        throttle.succeeded("alice", OWNER);
        for (int i = 0; i < 40; i++) {
            throttle.failed("alice", "192.0.2." + i);
        }

        Duration forNewAddress = throttle.waitBeforeTry("alice", "198.51.100.7");
        assertTrue(forNewAddress.compareTo(Duration.ZERO) > 0, "a distributed guesser is slowed as a whole");
        assertTrue(forNewAddress.compareTo(Duration.ofSeconds(60)) <= 0, forNewAddress.toString());
        assertEquals(Duration.ZERO, throttle.waitBeforeTry("alice", OWNER), "the owner's known address");
        assertEquals(Duration.ZERO, throttle.waitBeforeTry("bob", "198.51.100.7"), "other names are not slowed");
    }

    @Test
    void givenSuccess_thenThePairStartsAfresh_andTheOwnersTyposDoNotCountForTheName() {
        throttle.succeeded("erin", OWNER);
        for (int i = 0; i < 5; i++) {
            throttle.failed("erin", OWNER);
        }
        assertEquals(Duration.ofSeconds(4), throttle.waitBeforeTry("erin", OWNER), "typos slow the typist");

        throttle.succeeded("Erin", OWNER);
        assertEquals(Duration.ZERO, throttle.waitBeforeTry("erin", OWNER));
        for (int i = 0; i < 10; i++) {
            throttle.failed("erin", "192.0.2." + i);
        }
        assertEquals(Duration.ZERO, throttle.waitBeforeTry("erin", "198.51.100.7"),
                "ten failures elsewhere are the name's ten free ones: the owner's five typos did not count");
        throttle.failed("erin", "192.0.2.99");
        assertEquals(Duration.ofSeconds(1), throttle.waitBeforeTry("erin", "198.51.100.7"), "the eleventh does");
    }

    @Test
    void givenIpv6Clients_thenOneSlash64CountsAsOneAddress() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("frank", "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }

        assertTrue(throttle.waitBeforeTry("frank", "[2001:db8:1:2:ffff::9]").compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, throttle.waitBeforeTry("frank", "2001:db8:1:3::1"), "another /64");
    }
}
