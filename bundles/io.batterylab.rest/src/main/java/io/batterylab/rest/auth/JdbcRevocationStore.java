package io.batterylab.rest.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Revoked tokens in the {@code revoked_tokens} table (migration V2), so that a logout holds after a restart and for
 * every server process on a shared database. Rows of tokens that have expired anyway are purged on each revoke,
 * which keeps the table as small as the number of live logged-out tokens.
 */
public final class JdbcRevocationStore implements RevocationStore {
    private final DataSource dataSource;
    private final Clock clock;

    public JdbcRevocationStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void revoke(String tokenId, long userId, Instant expiresAt) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement purge = c.prepareStatement("DELETE FROM revoked_tokens WHERE expires_at < ?")) {
                purge.setObject(1, utc(clock.instant()));
                purge.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO revoked_tokens (token_id, user_id, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, tokenId);
                insert.setLong(2, userId);
                // Rounded up to the second: the row must not be purged before the token expires.
                insert.setObject(3, utc(expiresAt.plusSeconds(1)));
                insert.executeUpdate();
            } catch (SQLIntegrityConstraintViolationException alreadyRevoked) {
                // A second logout with the same token: it stays revoked.
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the logout: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isRevoked(String tokenId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM revoked_tokens WHERE token_id = ?")) {
            ps.setString(1, tokenId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the token: " + e.getMessage(), e);
        }
    }

    /** Rows still stored; for tests and diagnostics. */
    public int size() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM revoked_tokens");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
