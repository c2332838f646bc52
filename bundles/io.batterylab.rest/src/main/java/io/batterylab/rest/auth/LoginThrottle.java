package io.batterylab.rest.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Slows down password guessing so that a guesser slows down mostly themselves. Three counts of failed logins, each
 * with its own {@link Backoff} (free tries, then doubling delays up to a cap):
 * <ul>
 * <li><b>per name and address</b>: one client guessing one account. Grows to long delays (default 15 min). Only
 * this count ever delays the account's owner from another address by an attacker's doing: not at all.</li>
 * <li><b>per address</b>, across names: one client trying many accounts. Capped short (default 60 s), so a noisy
 * client does not keep everyone behind the same address (a NAT, a proxy) out for long.</li>
 * <li><b>per name</b>, across addresses: many clients guessing one account (a distributed attacker). Only the free
 * tries of each (name, address) count here; beyond them that pair's own delays apply already, so one address alone
 * cannot slow the name for others. Capped short (default 60 s).</li>
 * </ul>
 * A (name, address) pair that logged in or registered successfully is trusted for a while (default 30 days): the
 * per-address and per-name counts neither delay it nor count its failures, so a noisy neighbour or a distributed
 * attack on the account leaves its owner's usual place alone. A success also clears the pair's own failures, never
 * the per-name or per-address counts. IPv6 clients are counted by their /64 network, which one client usually has
 * whole. In memory and bounded: a restart forgives, acceptable next to bcrypt's own cost per try.
 */
public final class LoginThrottle {
    /** Tracked keys per count; beyond this the least recently failed key is dropped. */
    private static final int MAX_KEYS = 100_000;

    /** The three backoffs and how long a successful login is trusted. */
    public record Policy(Backoff perNameAndAddress, Backoff perAddress, Backoff perName, Duration trustFor) {
        public static Policy defaults() {
            return new Policy(
                    new Backoff(3, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1)),
                    new Backoff(20, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15)),
                    new Backoff(10, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofHours(1)),
                    Duration.ofDays(30));
        }
    }

    private record Pair(String name, String address) {
    }

    private final Policy policy;
    private final UnaryOperator<String> nameKey;
    private final Clock clock;
    private final FailureLog<Pair> pairs;
    private final FailureLog<String> addresses;
    private final FailureLog<String> names;
    private final TrustedLogins<Pair> trusted;

    /** @param nameKey the spelling under which user names are unique, so that "Alice" and "alice" count as one */
    public LoginThrottle(Policy policy, UnaryOperator<String> nameKey, Clock clock) {
        this.policy = policy;
        this.nameKey = nameKey;
        this.clock = clock;
        this.pairs = new FailureLog<>(policy.perNameAndAddress(), MAX_KEYS);
        this.addresses = new FailureLog<>(policy.perAddress(), MAX_KEYS);
        this.names = new FailureLog<>(policy.perName(), MAX_KEYS);
        this.trusted = new TrustedLogins<>(policy.trustFor(), MAX_KEYS);
    }

    public static LoginThrottle defaults(UnaryOperator<String> nameKey, Clock clock) {
        return new LoginThrottle(Policy.defaults(), nameKey, clock);
    }

    /** @return how long the caller must wait before the next try, zero when it may try now */
    public Duration waitBeforeTry(String name, String address) {
        Instant now = clock.instant();
        Pair pair = pair(name, address);
        Duration wait = pairs.waitBeforeTry(pair, now);
        if (!trusted.isTrusted(pair, now)) {
            wait = longest(wait, addresses.waitBeforeTry(pair.address(), now));
            wait = longest(wait, names.waitBeforeTry(pair.name(), now));
        }
        return wait;
    }

    public void failed(String name, String address) {
        Instant now = clock.instant();
        Pair pair = pair(name, address);
        int pairFailures = pairs.failed(pair, now);
        if (trusted.isTrusted(pair, now)) {
            return; // the owner's own typos slow down only them
        }
        addresses.failed(pair.address(), now);
        if (pairFailures <= policy.perNameAndAddress().freeFailures()) {
            names.failed(pair.name(), now);
        }
    }

    /** A correct password (or a new account) from this address: its pair starts afresh and is trusted. */
    public void succeeded(String name, String address) {
        Pair pair = pair(name, address);
        pairs.forget(pair);
        trusted.trust(pair, clock.instant());
    }

    private Pair pair(String name, String address) {
        return new Pair(nameKey.apply(name == null ? "" : name), ClientAddresses.key(address));
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
