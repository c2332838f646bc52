package io.batterylab.rest.stream;

import io.batterylab.rest.http.ApiException;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts open streams per user and per client address and refuses one more beyond either limit with a 429 that
 * says which limit was reached. Opening and closing streams is rare next to writing them: one lock is enough.
 */
final class StreamQuota {
    private final StreamLimits limits;
    private final Map<Long, Integer> perUser = new HashMap<>();
    private final Map<String, Integer> perAddress = new HashMap<>();

    StreamQuota(StreamLimits limits) {
        this.limits = limits;
    }

    /** Counts one more stream of the user from the address. @throws ApiException 429 when a limit is reached */
    synchronized void acquire(long userId, String address) {
        if (perUser.getOrDefault(userId, 0) >= limits.perUser()) {
            throw tooMany("you already have " + limits.perUser()
                    + " open event streams, the most one user may hold; close one before opening another",
                    limits.perUser());
        }
        if (perAddress.getOrDefault(address, 0) >= limits.perAddress()) {
            throw tooMany("your address " + address + " already has " + limits.perAddress()
                    + " open event streams, the most one client address may hold; close one before opening another",
                    limits.perAddress());
        }
        perUser.merge(userId, 1, Integer::sum);
        perAddress.merge(address, 1, Integer::sum);
    }

    synchronized void release(long userId, String address) {
        perUser.computeIfPresent(userId, (id, n) -> n > 1 ? n - 1 : null);
        perAddress.computeIfPresent(address, (a, n) -> n > 1 ? n - 1 : null);
    }

    synchronized int ofUser(long userId) {
        return perUser.getOrDefault(userId, 0);
    }

    private static ApiException tooMany(String message, int limit) {
        return new ApiException(429, "too_many_streams", message, Map.of("limit", limit));
    }
}
