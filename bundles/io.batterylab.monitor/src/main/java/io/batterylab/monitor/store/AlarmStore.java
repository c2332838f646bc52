package io.batterylab.monitor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.monitor.Alarm;
import io.batterylab.monitor.Correction;
import io.batterylab.storage.StorageException;
import io.batterylab.storage.internal.SqlValues;
import io.batterylab.storage.internal.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code monitor_alarms} and {@code monitor_corrections} tables. Reads and acknowledgements are filtered by the
 * owner of the device (a join on {@code monitor_devices.user_id}); writes come from the monitor with the device's key.
 */
public final class AlarmStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALARM_COLUMNS = "a.id, d.device_id, a.severity, a.detectors, a.risk, a.values_json, "
            + "a.raised_ms, a.acknowledged_ms, a.acknowledged_by, a.cleared_ms";
    private static final String ALARM_FROM = " FROM monitor_alarms a JOIN monitor_devices d ON d.id = a.device_pk "
            + "WHERE d.user_id = ?";

    private final DataSource dataSource;

    public AlarmStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return the new alarm's id */
    public long raise(long devicePk, DeviceStatus severity, List<String> detectors, double risk,
            Map<String, Double> values, Instant at) {
        return Transactions.withConnection(dataSource, "raise alarm", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO monitor_alarms (device_pk, severity, "
                    + "detectors, risk, values_json, raised_ms) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, devicePk);
                ps.setString(2, severity.name());
                ps.setString(3, String.join(",", detectors));
                ps.setDouble(4, risk);
                ps.setString(5, json(values));
                ps.setLong(6, at.toEpochMilli());
                ps.executeUpdate();
                return SqlValues.generatedKey(ps);
            }
        });
    }

    /** A device's alarm not cleared yet (the newest, should there be several). */
    public record OpenAlarm(long id, DeviceStatus severity) {
    }

    /** The device's open alarm, for a monitor that starts (again) on it. */
    public Optional<OpenAlarm> open(long devicePk) {
        return MonitorSql.query(dataSource, "find open alarm", "SELECT id, severity FROM monitor_alarms WHERE "
                + "device_pk = ? AND cleared_ms IS NULL ORDER BY raised_ms DESC, id DESC LIMIT 1",
                rs -> new OpenAlarm(rs.getLong("id"), MonitorSql.status(rs, "severity")), devicePk).stream()
                .findFirst();
    }

    /** A more severe verdict while the alarm is open. */
    public void escalate(long alarmId, DeviceStatus severity, List<String> detectors, double risk) {
        MonitorSql.update(dataSource, "escalate alarm", "UPDATE monitor_alarms SET severity = ?, detectors = ?, "
                + "risk = ? WHERE id = ?", severity.name(), String.join(",", detectors), risk, alarmId);
    }

    public void clear(long alarmId, Instant at) {
        MonitorSql.update(dataSource, "clear alarm", "UPDATE monitor_alarms SET cleared_ms = ? WHERE id = ? AND "
                + "cleared_ms IS NULL", at.toEpochMilli(), alarmId);
    }

    /** @return false when the user owns no such alarm or it was already acknowledged */
    public boolean acknowledge(long userId, long alarmId, Instant at) {
        return MonitorSql.update(dataSource, "acknowledge alarm", "UPDATE monitor_alarms SET acknowledged_ms = ?, "
                + "acknowledged_by = ? WHERE id = ? AND acknowledged_ms IS NULL AND device_pk IN (SELECT id FROM "
                + "monitor_devices WHERE user_id = ?)", at.toEpochMilli(), userId, alarmId, userId) == 1;
    }

    /**
     * The user's alarms, newest first.
     *
     * @param deviceId only this device's, or null for all
     * @param openOnly only those not cleared
     */
    public List<Alarm> list(long userId, String deviceId, boolean openOnly, int limit) {
        String sql = "SELECT " + ALARM_COLUMNS + ALARM_FROM + (deviceId == null ? "" : " AND d.device_id = ?")
                + (openOnly ? " AND a.cleared_ms IS NULL" : "") + " ORDER BY a.raised_ms DESC, a.id DESC LIMIT ?";
        Object[] parameters = deviceId == null ? new Object[] {userId, limit} : new Object[] {userId, deviceId, limit};
        return MonitorSql.query(dataSource, "list alarms", sql, AlarmStore::alarm, parameters);
    }

    public Optional<Alarm> find(long userId, long alarmId) {
        return MonitorSql.query(dataSource, "find alarm", "SELECT " + ALARM_COLUMNS + ALARM_FROM + " AND a.id = ?",
                AlarmStore::alarm, userId, alarmId).stream().findFirst();
    }

    /** @return the correction's id */
    public long recordCorrection(long devicePk, Instant at, DeviceStatus command, DeviceStatus deviceStatus,
            DeviceStatus modelStatus, Long userId) {
        return Transactions.withConnection(dataSource, "record correction", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO monitor_corrections (device_pk, "
                    + "sent_ms, command, device_status, model_status, user_id) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                SqlValues.setLong(ps, 6, userId);
                ps.setLong(1, devicePk);
                ps.setLong(2, at.toEpochMilli());
                ps.setString(3, command.name());
                SqlValues.setString(ps, 4, MonitorSql.name(deviceStatus));
                SqlValues.setString(ps, 5, MonitorSql.name(modelStatus));
                ps.executeUpdate();
                return SqlValues.generatedKey(ps);
            }
        });
    }

    /** The corrections of one of the user's devices, newest first. */
    public List<Correction> corrections(long userId, String deviceId, int limit) {
        return MonitorSql.query(dataSource, "list corrections", "SELECT c.id, d.device_id, c.sent_ms, c.command, "
                + "c.device_status, c.model_status, c.user_id FROM monitor_corrections c JOIN monitor_devices d ON "
                + "d.id = c.device_pk WHERE d.user_id = ? AND d.device_id = ? ORDER BY c.sent_ms DESC, c.id DESC "
                + "LIMIT ?", rs -> new Correction(rs.getLong("id"), rs.getString("device_id"),
                        MonitorSql.instant(rs, "sent_ms"), MonitorSql.status(rs, "command"),
                        MonitorSql.status(rs, "device_status"), MonitorSql.status(rs, "model_status"),
                        SqlValues.getLong(rs, "user_id")), userId, deviceId, limit);
    }

    private static Alarm alarm(ResultSet rs) throws SQLException {
        String detectors = rs.getString("detectors");
        return new Alarm(rs.getLong("id"), rs.getString("device_id"), MonitorSql.status(rs, "severity"),
                detectors.isBlank() ? List.of() : Arrays.asList(detectors.split(",")), rs.getDouble("risk"),
                values(rs.getString("values_json")), MonitorSql.instant(rs, "raised_ms"),
                MonitorSql.instant(rs, "acknowledged_ms"), SqlValues.getLong(rs, "acknowledged_by"),
                MonitorSql.instant(rs, "cleared_ms"));
    }

    private static String json(Map<String, Double> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new StorageException("Cannot write alarm values as JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, Double> values(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Double>>() {
            });
        } catch (JsonProcessingException e) {
            throw new StorageException("Stored alarm values are not JSON: " + e.getMessage(), e);
        }
    }
}
