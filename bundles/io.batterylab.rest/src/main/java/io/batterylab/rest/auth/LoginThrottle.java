package io.batterylab.rest.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed logins in a sliding window, per user name (guessing one account's password) and per client address
 * (trying many accounts). Successful logins are never counted; a success clears the name's failures. In memory: a
 * restart forgives, which is acceptable next to bcrypt's own cost per try.
 */
public final class LoginThrottle {
    /** Beyond this many tracked keys, keys without recent failures are dropped so memory stays bounded. */
    private static final int MAX_KEYS = 100_000;

    private final int maxPerName;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxPerName, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerName = maxPerName;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** 5 failures per name and 20 per address within 5 minutes. */
    public static LoginThrottle defaults(Clock clock) {
        return new LoginThrottle(5, 20, Duration.ofMinutes(5), clock);
    }

    /** @return how long the caller must wait before the next try, zero when it may try now */
    public Duration waitBeforeTry(String name, String address) {
        Instant now = clock.instant();
        Duration byName = wait(nameKey(name), maxPerName, now);
        Duration byAddress = wait(addressKey(address), maxPerAddress, now);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    public void failed(String name, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> recent(e.getValue(), now) == 0);
        }
        record(nameKey(name), now);
        record(addressKey(address), now);
    }

    public void succeeded(String name) {
        failures.remove(nameKey(name));
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > Math.max(maxPerName, maxPerAddress)) {
                times.removeFirst();
            }
        }
    }

    private Duration wait(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            if (recent(times, now) < max) {
                return Duration.ZERO;
            }
            // The oldest of the last `max` failures must leave the window before another try.
            Instant oldestCounted = times.stream().skip(times.size() - max).findFirst().orElse(now);
            return Duration.between(now, oldestCounted.plus(window));
        }
    }

    private int recent(Deque<Instant> times, Instant now) {
        synchronized (times) {
            Instant since = now.minus(window);
            return (int) times.stream().filter(t -> t.isAfter(since)).count();
        }
    }

    private static String nameKey(String name) {
        return "name:" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }
}
