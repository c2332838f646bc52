package io.batterylab.rest.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins per key (a name, an address, or both) with the time of the last one, turned into a wait by a
 * {@link Backoff}. Bounded: beyond {@code maxKeys} the least recently failed key is dropped, so a flood of new keys
 * costs memory only up to the bound.
 */
final class FailureLog<K> {
    private record Count(int failures, Instant last) {
    }

    private final Backoff backoff;
    private final Map<K, Count> entries;

    FailureLog(Backoff backoff, int maxKeys) {
        this.backoff = backoff;
        this.entries = leastRecentlyUsedDropped(maxKeys);
    }

    /** @return how long the key must wait before its next try; zero when it may try now */
    synchronized Duration waitBeforeTry(K key, Instant now) {
        Count e = current(key, now);
        if (e == null) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(now, e.last().plus(backoff.delayAfter(e.failures())));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /** @return the key's number of failures including this one */
    synchronized int failed(K key, Instant now) {
        Count e = current(key, now);
        int failures = e == null ? 1 : e.failures() + 1;
        entries.put(key, new Count(failures, now));
        return failures;
    }

    synchronized int failures(K key, Instant now) {
        Count e = current(key, now);
        return e == null ? 0 : e.failures();
    }

    synchronized void forget(K key) {
        entries.remove(key);
    }

    private Count current(K key, Instant now) {
        Count e = entries.get(key);
        if (e != null && !now.isBefore(e.last().plus(backoff.forgetAfter()))) {
            entries.remove(key);
            return null;
        }
        return e;
    }

    /** A map that drops its least recently used key when it grows beyond {@code maxKeys}; not thread-safe. */
    static <K, V> Map<K, V> leastRecentlyUsedDropped(int maxKeys) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxKeys;
            }
        };
    }
}
