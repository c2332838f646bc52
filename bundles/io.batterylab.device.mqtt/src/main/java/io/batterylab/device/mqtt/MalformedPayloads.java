package io.batterylab.device.mqtt;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts rejected payloads per device and logs them at a limited rate: at most one line per device per interval,
 * which says how many were not logged since. A node that floods the broker with garbage costs a counter, not a log.
 */
public final class MalformedPayloads {
    private static final Logger LOG = LoggerFactory.getLogger(MalformedPayloads.class);
    /** Beyond this many devices, new ids are counted together (ids come from the network). */
    static final int MAX_DEVICES = 100_000;
    static final String OTHER_DEVICES = "(other devices)";

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lastLogged = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> sinceLogged = new ConcurrentHashMap<>();
    private final long intervalNanos;
    private final LongSupplier nanoClock;

    public MalformedPayloads(long intervalMillis, LongSupplier nanoClock) {
        this.intervalNanos = intervalMillis * 1_000_000;
        this.nanoClock = nanoClock;
    }

    public MalformedPayloads() {
        this(60_000, System::nanoTime);
    }

    /** @return whether this one was logged */
    public boolean record(String deviceId, String reason) {
        String key = counts.containsKey(deviceId) || counts.size() < MAX_DEVICES ? deviceId : OTHER_DEVICES;
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
        long now = nanoClock.getAsLong();
        AtomicLong last = lastLogged.computeIfAbsent(key, k -> new AtomicLong(now - intervalNanos));
        long previous = last.get();
        if (now - previous < intervalNanos || !last.compareAndSet(previous, now)) {
            sinceLogged.computeIfAbsent(key, k -> new LongAdder()).increment();
            return false;
        }
        LongAdder skipped = sinceLogged.get(key);
        long notLogged = skipped == null ? 0 : skipped.sumThenReset();
        LOG.warn("Malformed payload from device {}: {} ({} more not logged since the last line, {} in all)", key,
                reason, notLogged, counts.get(key).sum());
        return true;
    }

    public long count(String deviceId) {
        LongAdder count = counts.get(deviceId);
        return count == null ? 0 : count.sum();
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Device id to count, sorted by id. */
    public Map<String, Long> byDevice() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((id, count) -> copy.put(id, count.sum()));
        return copy;
    }
}
