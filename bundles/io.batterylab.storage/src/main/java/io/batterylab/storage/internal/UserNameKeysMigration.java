package io.batterylab.storage.internal;

import io.batterylab.storage.UserNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema version 5: each user gets the key its name is unique under (NFKC with case folding, unique index) and
 * the skeleton look-alike names share (indexed), see {@link UserNames}. In Java because SQL has no NFKC: the columns
 * are added, every existing user's values computed and written, then the columns made NOT NULL and indexed, in one
 * dialect H2 (MySQL mode) and MySQL/MariaDB both accept.
 * <p>
 * Names stored before were unique by lower case only, so two of them may now share a key (e.g. "ﬁle" and "file").
 * The older account keeps the key; a later one gets {@code key#id}, is logged with a warning, and logs in with that
 * spelling (e.g. {@code file#12}), since '#' is in no valid name.
 */
public final class UserNameKeysMigration implements JavaMigration {
    private static final Logger LOG = LoggerFactory.getLogger(UserNameKeysMigration.class);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "user name keys";
    }

    @Override
    public Integer getChecksum() {
        return 4_001; // changes only if this migration's meaning changes (it never should once shipped)
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE users ADD COLUMN username_key VARCHAR(255) NULL");
            st.execute("ALTER TABLE users ADD COLUMN username_skeleton VARCHAR(255) NULL");
            fillExistingUsers(c);
            st.execute("ALTER TABLE users MODIFY COLUMN username_key VARCHAR(255) NOT NULL");
            st.execute("ALTER TABLE users MODIFY COLUMN username_skeleton VARCHAR(255) NOT NULL");
            st.execute("CREATE UNIQUE INDEX uq_users_username_key ON users (username_key)");
            st.execute("CREATE INDEX ix_users_username_skeleton ON users (username_skeleton)");
        }
    }

    private static void fillExistingUsers(Connection c) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Statement select = c.createStatement();
                ResultSet rs = select.executeQuery("SELECT id, username FROM users ORDER BY id");
                PreparedStatement update = c.prepareStatement(
                        "UPDATE users SET username_key = ?, username_skeleton = ? WHERE id = ?")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String name = rs.getString(2);
                String key = UserNames.key(name);
                if (!keys.add(key)) {
                    key = key + "#" + id;
                    keys.add(key);
                    LOG.warn("User {} '{}' has the same normalised name as an older account; it logs in as '{}'",
                            id, name, key);
                }
                update.setString(1, key);
                update.setString(2, UserNames.skeleton(name));
                update.setLong(3, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
