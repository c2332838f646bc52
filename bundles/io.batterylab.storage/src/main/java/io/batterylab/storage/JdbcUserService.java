package io.batterylab.storage;

import io.batterylab.core.model.User;
import io.batterylab.core.service.AuthenticationException;
import io.batterylab.core.service.RegistrationException;
import io.batterylab.core.service.RegistrationException.Reason;
import io.batterylab.core.service.UserService;
import io.batterylab.storage.UserNames.UserName;
import io.batterylab.storage.internal.SqlValues;
import io.batterylab.storage.internal.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Users and password login. Names follow {@link UserNames} (unique by their NFKC case-folded key, no look-alikes of
 * existing names, no mixed scripts) and new passwords {@link PasswordRules}; the same rules hold for REST and the
 * workbench, on H2 and MySQL alike.
 */
public final class JdbcUserService implements UserService {
    static final String LOGIN_FAILED = "Unknown user name or wrong password";

    private static final String USER_COLUMNS = "id, username, password_hash, created_at";

    private final DataSource dataSource;
    private final PasswordHasher hasher;
    /** Checked against for unknown names, so that they take as long as a wrong password (no name probing). */
    private final String decoyHash;

    public JdbcUserService(DataSource dataSource, PasswordHasher hasher) {
        this.dataSource = dataSource;
        this.hasher = hasher;
        this.decoyHash = hasher.hash("decoy password".toCharArray());
    }

    @Override
    public User register(String username, char[] password) {
        UserName name = UserNames.check(username);
        PasswordRules.check(password, name);
        String hash = hasher.hash(password);
        Instant now = SqlValues.now();
        return Transactions.inTransaction(dataSource, "register user", c -> {
            if (exists(c, "username_key", name.key())) {
                throw nameTaken(name.display());
            }
            // Only the key has a unique index: look-alike names stored before this rule may share a skeleton, so
            // two look-alikes registering in the same instant could both get in; rare, and harmless to others' data.
            if (exists(c, "username_skeleton", name.skeleton())) {
                throw new RegistrationException(Reason.NAME_CONFUSABLE, "User name '" + name.display()
                        + "' looks too much like an existing user's name; choose another");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO users (username, username_key,"
                    + " username_skeleton, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name.display());
                ps.setString(2, name.key());
                ps.setString(3, name.skeleton());
                ps.setString(4, hash);
                SqlValues.setInstant(ps, 5, now);
                ps.executeUpdate();
                return new User(SqlValues.generatedKey(ps), name.display(), now);
            } catch (SQLIntegrityConstraintViolationException e) {
                // Someone registered the same name between our check and the insert.
                throw nameTaken(name.display());
            }
        });
    }

    @Override
    public User login(String username, char[] password) throws AuthenticationException {
        if (username == null || password == null) {
            throw new AuthenticationException(LOGIN_FAILED);
        }
        String key = UserNames.key(username);
        Optional<StoredUser> stored = Transactions.withConnection(dataSource, "log in", c -> findStored(c, key));
        boolean verified = hasher.verify(password, stored.map(StoredUser::passwordHash).orElse(decoyHash));
        if (stored.isEmpty() || !verified) {
            throw new AuthenticationException(LOGIN_FAILED);
        }
        return stored.get().user();
    }

    @Override
    public Optional<User> find(long userId) {
        return Transactions.withConnection(dataSource, "find user", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + USER_COLUMNS + " FROM users WHERE id = ?")) {
                ps.setLong(1, userId);
                return readUser(ps).map(StoredUser::user);
            }
        });
    }

    private static Optional<StoredUser> findStored(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + USER_COLUMNS + " FROM users WHERE username_key = ?")) {
            ps.setString(1, key);
            return readUser(ps);
        }
    }

    /** @param column a column name of this class's own, never user input */
    private static boolean exists(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM users WHERE " + column + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Optional<StoredUser> readUser(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            User user = new User(rs.getLong("id"), rs.getString("username"), SqlValues.getInstant(rs, "created_at"));
            return Optional.of(new StoredUser(user, rs.getString("password_hash")));
        }
    }

    private static RegistrationException nameTaken(String name) {
        return new RegistrationException(Reason.NAME_TAKEN, "User name '" + name + "' is already taken");
    }

    private record StoredUser(User user, String passwordHash) {
    }
}
