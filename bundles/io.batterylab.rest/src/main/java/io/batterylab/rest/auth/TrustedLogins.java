package io.batterylab.rest.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Keys (name and address) that logged in successfully not long ago. Bounded: beyond {@code maxKeys} the least
 * recently used key is dropped, which only means that key is treated as new again.
 */
final class TrustedLogins<K> {
    private final Duration trustFor;
    private final Map<K, Instant> until;

    TrustedLogins(Duration trustFor, int maxKeys) {
        this.trustFor = trustFor;
        this.until = FailureLog.leastRecentlyUsedDropped(maxKeys);
    }

    synchronized void trust(K key, Instant now) {
        until.put(key, now.plus(trustFor));
    }

    synchronized boolean isTrusted(K key, Instant now) {
        Instant end = until.get(key);
        if (end != null && !now.isBefore(end)) {
            until.remove(key);
            return false;
        }
        return end != null;
    }
}
