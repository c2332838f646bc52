package io.batterylab.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionCheckTest {
    @TempDir
    Path home;

    @Test
    void givenTheEmbeddedDefaultWhenCheckedThenH2Answers() {
        String answer = ConnectionCheck.check(StorageConfig.embedded(home));

        assertTrue(answer.startsWith("H2 "), answer);
        assertTrue(answer.contains(home.resolve("db").toString()), answer);
    }

    @Test
    void givenTheTestMariaDbWhenCheckedThenTheServerAnswersAndAWrongPasswordIsRefusedWithoutShowingIt() {
        String url = System.getenv(TestBackend.MYSQL_URL_ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(), TestBackend.MYSQL_URL_ENV + " is not set");
        String user = System.getenv(TestBackend.MYSQL_USER_ENV);

        String answer = ConnectionCheck.check(new StorageConfig(home, url, user,
                System.getenv(TestBackend.MYSQL_PASSWORD_ENV)));
        StorageException refused = assertThrows(StorageException.class,
                () -> ConnectionCheck.check(new StorageConfig(home, url, user, "not-the-password-xyz")));

        assertTrue(answer.matches("(?i)(mariadb|mysql) .* at jdbc:mysql:.* as " + user), answer);
        assertTrue(refused.getMessage().startsWith("Cannot connect to " + url), refused.getMessage());
        assertFalse(refused.getMessage().contains("not-the-password-xyz"), refused.getMessage());
    }

    @Test
    void givenNoServerOnThePortWhenCheckedThenTheMessageSaysItCannotConnect() {
        StorageException refused = assertThrows(StorageException.class, () -> ConnectionCheck.check(new StorageConfig(
                home, "jdbc:mysql://127.0.0.1:1/none?password=secret1", "someone", null)));

        assertTrue(refused.getMessage().startsWith("Cannot connect to jdbc:mysql://127.0.0.1:1/none?password=***"),
                refused.getMessage());
    }

    @Test
    void givenAnUnsupportedUrlWhenCheckedThenTheMessageSaysWhichUrlsWork() {
        StorageException refused = assertThrows(StorageException.class, () -> ConnectionCheck.check(new StorageConfig(
                home, "jdbc:postgresql://localhost/x", null, null)));

        assertTrue(refused.getMessage().contains("jdbc:mysql://host:port/database"), refused.getMessage());
    }
}
