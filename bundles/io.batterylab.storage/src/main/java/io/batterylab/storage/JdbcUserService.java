package io.batterylab.storage;

import io.batterylab.core.model.User;
import io.batterylab.core.service.AuthenticationException;
import io.batterylab.core.service.UserService;
import io.batterylab.storage.internal.SqlValues;
import io.batterylab.storage.internal.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Users and password login. User names are compared without regard to case ("Alice" and "alice" are one user), on
 * H2 and MySQL alike.
 */
public final class JdbcUserService implements UserService {
    public static final int MIN_NAME_LENGTH = 3;
    public static final int MAX_NAME_LENGTH = 64;
    public static final int MIN_PASSWORD_LENGTH = 8;
    static final String LOGIN_FAILED = "Unknown user name or wrong password";

    private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}\\p{Nd}._-]+");
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
        String name = checkName(username);
        checkPassword(password);
        String hash = hasher.hash(password);
        Instant now = SqlValues.now();
        return Transactions.inTransaction(dataSource, "register user", c -> {
            if (findStored(c, name).isPresent()) {
                throw nameTaken(name);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, hash);
                SqlValues.setInstant(ps, 3, now);
                ps.executeUpdate();
                return new User(SqlValues.generatedKey(ps), name, now);
            } catch (SQLIntegrityConstraintViolationException e) {
                // Someone registered the same name between our check and the insert.
                throw nameTaken(name);
            }
        });
    }

    @Override
    public User login(String username, char[] password) throws AuthenticationException {
        if (username == null || password == null) {
            throw new AuthenticationException(LOGIN_FAILED);
        }
        String name = Normalizer.normalize(username, Normalizer.Form.NFC);
        Optional<StoredUser> stored = Transactions.withConnection(dataSource, "log in", c -> findStored(c, name));
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

    private static Optional<StoredUser> findStored(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + USER_COLUMNS + " FROM users WHERE LOWER(username) = ?")) {
            ps.setString(1, name.toLowerCase(Locale.ROOT));
            return readUser(ps);
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

    /** @return the name as stored: Unicode-normalized so that look-alike spellings are one name */
    private static String checkName(String username) {
        if (username == null) {
            throw new IllegalArgumentException("User name is required");
        }
        String name = Normalizer.normalize(username, Normalizer.Form.NFC);
        if (name.length() < MIN_NAME_LENGTH || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("User name must be " + MIN_NAME_LENGTH + " to " + MAX_NAME_LENGTH
                    + " characters long, got " + name.length());
        }
        if (!NAME_CHARACTERS.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "User name may contain only letters, digits, '.', '_' and '-': '" + name + "'");
        }
        return name;
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "Password must be at least " + MIN_PASSWORD_LENGTH + " characters long");
        }
    }

    private static IllegalArgumentException nameTaken(String name) {
        return new IllegalArgumentException("User name '" + name + "' is already taken");
    }

    private record StoredUser(User user, String passwordHash) {
    }
}
