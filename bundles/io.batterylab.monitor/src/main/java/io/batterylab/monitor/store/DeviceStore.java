package io.batterylab.monitor.store;

import io.batterylab.monitor.MonitoredDevice;
import io.batterylab.storage.StorageException;
import io.batterylab.storage.internal.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The {@code monitor_devices} table: node ids claimed by users. A node id has one owner; every read and change but
 * {@link #owner} is filtered by the user. When this process last saw each device is noted in memory
 * ({@link #noteSeen}) and stored now and then ({@link #recordNoted}); the reads show the noted values over the stored
 * ones, so that a device is never shown stale for the store's sake.
 */
public final class DeviceStore {
    private static final String COLUMNS = "id, user_id, device_id, name, detectors, created_ms, last_seen_ms, "
            + "last_device_status, last_model_status, last_model_risk";
    /** Devices per last-seen statement: 100 × 9 parameters, far below the drivers' and servers' limits. */
    static final int DEVICES_PER_UPDATE = 100;

    /** Who owns a node id, for routing its samples. */
    public record Owner(long devicePk, long userId) {
    }

    /** What a claim came to. */
    public sealed interface ClaimResult {
        record Claimed(MonitoredDevice device) implements ClaimResult {
        }

        /** The id is another user's; nothing about that user is told. */
        record TakenByAnotherUser(String deviceId) implements ClaimResult {
        }

        record AlreadyYours(MonitoredDevice device) implements ClaimResult {
        }
    }

    private final DataSource dataSource;
    private final Clock clock;
    /** The newest last-seen of each device not yet stored. */
    private final Map<Long, LastSeen> noted = new ConcurrentHashMap<>();

    public DeviceStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public ClaimResult claim(long userId, String deviceId, String name, List<String> detectors) {
        Optional<Owner> owner = owner(deviceId);
        if (owner.isPresent()) {
            return owner.get().userId() == userId ? new ClaimResult.AlreadyYours(find(userId, deviceId).orElseThrow())
                    : new ClaimResult.TakenByAnotherUser(deviceId);
        }
        try {
            MonitorSql.update(dataSource, "claim device", "INSERT INTO monitor_devices (user_id, device_id, name, "
                    + "detectors, created_ms) VALUES (?, ?, ?, ?, ?)", userId, deviceId, name,
                    String.join(",", detectors), clock.millis());
        } catch (StorageException e) {
            // a claim of the same id at the same moment won the unique key
            if (owner(deviceId).map(o -> o.userId() != userId).orElse(false)) {
                return new ClaimResult.TakenByAnotherUser(deviceId);
            }
            throw e;
        }
        return new ClaimResult.Claimed(find(userId, deviceId).orElseThrow());
    }

    public Optional<Owner> owner(String deviceId) {
        return MonitorSql.query(dataSource, "find device owner", "SELECT id, user_id FROM monitor_devices WHERE "
                + "device_id = ?", rs -> new Owner(rs.getLong("id"), rs.getLong("user_id")), deviceId).stream()
                .findFirst();
    }

    /** The user's devices by node id. */
    public List<MonitoredDevice> list(long userId) {
        return MonitorSql.query(dataSource, "list devices", "SELECT " + COLUMNS + " FROM monitor_devices WHERE "
                + "user_id = ? ORDER BY device_id", DeviceStore::row, userId).stream().map(this::withNoted).toList();
    }

    /** The store keys of every claimed device (to tell which of some devices another process removed). */
    public java.util.Set<Long> keys() {
        return new java.util.HashSet<>(MonitorSql.query(dataSource, "list device keys",
                "SELECT id FROM monitor_devices", rs -> rs.getLong("id")));
    }

    /** Every claimed device, for starting the monitors. */
    public List<MonitoredDevice> all() {
        return MonitorSql.query(dataSource, "list devices", "SELECT " + COLUMNS + " FROM monitor_devices ORDER BY id",
                DeviceStore::row).stream().map(this::withNoted).toList();
    }

    public Optional<MonitoredDevice> find(long userId, String deviceId) {
        return MonitorSql.query(dataSource, "find device", "SELECT " + COLUMNS + " FROM monitor_devices WHERE "
                + "user_id = ? AND device_id = ?", DeviceStore::row, userId, deviceId).stream().findFirst()
                .map(this::withNoted);
    }

    /** @return false when the user has no such device */
    public boolean rename(long userId, String deviceId, String name) {
        return MonitorSql.update(dataSource, "rename device", "UPDATE monitor_devices SET name = ? WHERE user_id = ? "
                + "AND device_id = ?", name, userId, deviceId) == 1;
    }

    /** @return false when the user has no such device */
    public boolean setDetectors(long userId, String deviceId, List<String> detectors) {
        return MonitorSql.update(dataSource, "set detectors", "UPDATE monitor_devices SET detectors = ? WHERE "
                + "user_id = ? AND device_id = ?", String.join(",", detectors), userId, deviceId) == 1;
    }

    /** Removes the device with its samples, corrections and alarms; @return false when the user has no such device */
    public boolean remove(long userId, String deviceId) {
        return MonitorSql.update(dataSource, "remove device", "DELETE FROM monitor_devices WHERE user_id = ? AND "
                + "device_id = ?", userId, deviceId) == 1;
    }

    /** Notes a device's newest sample: the reads show it at once; {@link #recordNoted} stores it. */
    public void noteSeen(LastSeen seen) {
        noted.merge(seen.devicePk(), seen, LastSeen::newer);
    }

    /** Forgets what was noted of a device (being removed). */
    public void forgetSeen(long devicePk) {
        noted.remove(devicePk);
    }

    /**
     * Stores what was noted ({@link #recordSeen}) but for the devices {@code skip} names, which are forgotten; what
     * is noted meanwhile stays for the next call, and so does everything when the store fails.
     *
     * @return the devices stored
     */
    public int recordNoted(LongPredicate skip) {
        List<LastSeen> taken = List.copyOf(noted.values());
        List<LastSeen> kept = taken.stream().filter(s -> !skip.test(s.devicePk())).toList();
        recordSeen(kept);
        taken.forEach(s -> noted.remove(s.devicePk(), s));
        return kept.size();
    }

    /** The device as stored, with what was noted of it since, when that is newer. */
    private MonitoredDevice withNoted(MonitoredDevice d) {
        LastSeen s = noted.get(d.id());
        if (s == null || d.lastSeen() != null && d.lastSeen().toEpochMilli() > s.seenMs()) {
            return d;
        }
        boolean verdict = s.modelStatus() != null;
        return new MonitoredDevice(d.id(), d.userId(), d.deviceId(), d.name(), d.detectors(), d.createdAt(),
                Instant.ofEpochMilli(s.seenMs()), s.deviceStatus(), verdict ? s.modelStatus() : d.lastModelStatus(),
                verdict ? s.modelRisk() : d.lastModelRisk());
    }

    /**
     * Stores when each device was last seen and its statuses (a null verdict keeps the stored one), in one
     * transaction: {@value #DEVICES_PER_UPDATE} devices per {@code UPDATE ... CASE id WHEN ...} statement, batched.
     * On MariaDB this is about 4.5 times faster than one single-row {@code UPDATE} per device (each a round trip
     * even with rewritten batches); on H2 both cost the same. Of several entries for one device the last counts.
     */
    public void recordSeen(List<LastSeen> seen) {
        List<LastSeen> latest = List.copyOf(seen.stream().collect(Collectors.toMap(LastSeen::devicePk, s -> s,
                (older, newer) -> newer, LinkedHashMap::new)).values());
        if (latest.isEmpty()) {
            return;
        }
        Transactions.inTransaction(dataSource, "record last seen", connection -> {
            ChunkedWrites.write(connection, latest, DEVICES_PER_UPDATE, DeviceStore::seenUpdateOf,
                    DeviceStore::bindSeen);
            return null;
        });
    }

    private static String seenUpdateOf(int devices) {
        String cases = "CASE id" + " WHEN ? THEN ?".repeat(devices) + " END";
        return "UPDATE monitor_devices SET last_seen_ms = " + cases + ", last_device_status = " + cases
                + ", last_model_status = COALESCE(" + cases + ", last_model_status), last_model_risk = COALESCE("
                + cases + ", last_model_risk) WHERE id IN (?" + ", ?".repeat(devices - 1) + ")";
    }

    private static void bindSeen(PreparedStatement ps, List<LastSeen> seen) throws SQLException {
        int p = 0;
        for (LastSeen s : seen) {
            ps.setLong(++p, s.devicePk());
            ps.setLong(++p, s.seenMs());
        }
        for (LastSeen s : seen) {
            ps.setLong(++p, s.devicePk());
            ps.setString(++p, s.deviceStatus().name());
        }
        for (LastSeen s : seen) {
            ps.setLong(++p, s.devicePk());
            ps.setString(++p, MonitorSql.name(s.modelStatus()));
        }
        for (LastSeen s : seen) {
            ps.setLong(++p, s.devicePk());
            MonitorSql.setDouble(ps, ++p, s.modelStatus() == null ? null : s.modelRisk());
        }
        for (LastSeen s : seen) {
            ps.setLong(++p, s.devicePk());
        }
    }

    private static MonitoredDevice row(ResultSet rs) throws SQLException {
        String detectors = rs.getString("detectors");
        return new MonitoredDevice(rs.getLong("id"), rs.getLong("user_id"), rs.getString("device_id"),
                rs.getString("name"), detectors.isBlank() ? List.of() : Arrays.asList(detectors.split(",")),
                MonitorSql.instant(rs, "created_ms"), MonitorSql.instant(rs, "last_seen_ms"),
                MonitorSql.status(rs, "last_device_status"), MonitorSql.status(rs, "last_model_status"),
                MonitorSql.doubleOrNaN(rs, "last_model_risk"));
    }
}
