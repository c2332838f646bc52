package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.rest.stream.StreamLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestConfigLoaderTest {
    @TempDir
    Path home;

    @Test
    void givenNothingConfigured_thenLoopbackPort8080AndAGeneratedOwnerOnlySecretThatIsKept() throws Exception {
        RestConfig config = RestConfigLoader.load(home, new Properties(), Map.of());

        assertEquals("127.0.0.1", config.host());
        assertEquals(8080, config.port());
        assertFalse(config.autostart(), "the workbench does not serve REST unless asked");
        assertEquals(Duration.ofHours(12), config.tokenLifetime());
        assertEquals(RestConfig.MinimumRate.defaults(), config.minRequestRate());
        Path secret = home.resolve("rest-jwt.secret");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        assertTrue(config.jwtSecret().length() >= 32);
        assertEquals(config.jwtSecret(), RestConfigLoader.load(home, new Properties(), Map.of()).jwtSecret());
        assertFalse(config.toString().contains(config.jwtSecret()), "the secret is never printed");
        assertEquals(StreamLimits.defaults(), config.streams());
    }

    @Test
    void givenStreamSettingsInFileAndEnvironment_thenTheyBoundTheEventStreams() throws Exception {
        Files.writeString(home.resolve("batterylab.properties"),
                "rest.jwt.secret=from-the-file-0123456789-0123456789\nrest.events.per.user=3\n"
                        + "rest.events.per.address=40\nrest.events.buffer.kb=16\n");

        RestConfig config = RestConfigLoader.load(home, new Properties(),
                Map.of("BATTERYLAB_REST_EVENTS_HEARTBEAT_SECONDS", "5"));

        assertEquals(new StreamLimits(3, 40, 16 * 1024, Duration.ofSeconds(5)), config.streams());
    }

    @Test
    void givenZeroStreamsPerUser_thenTheMessageNamesTheSettingAndTheProblem() {
        Properties system = new Properties();
        system.setProperty("batterylab.rest.events.per.user", "0");
        system.setProperty("batterylab.rest.jwt.secret", "from-the-properties-0123456789-0123");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RestConfigLoader.load(home, system, Map.of()));

        assertEquals("invalid event stream setting (rest.events.*): event streams per user must be at least 1, got 0",
                e.getMessage());
    }

    @Test
    void givenFileEnvironmentAndSystemProperty_thenTheyWinInThatOrderReversed() throws Exception {
        Files.writeString(home.resolve("batterylab.properties"),
                "rest.port=9000\nrest.host=0.0.0.0\nrest.jwt.secret=from-the-file-0123456789-0123456789\nrest.autostart=true\n");
        Properties system = new Properties();
        system.setProperty("batterylab.rest.port", "0");

        RestConfig config = RestConfigLoader.load(home, system,
                Map.of("BATTERYLAB_REST_PORT", "9100", "BATTERYLAB_JWT_SECRET", "from-the-environment-0123456789-012"));

        assertEquals(0, config.port());
        assertEquals("0.0.0.0", config.host());
        assertEquals("from-the-environment-0123456789-012", config.jwtSecret());
        assertTrue(config.autostart());
        assertFalse(Files.exists(home.resolve("rest-jwt.secret")), "no secret generated when one is configured");
    }

    @Test
    void givenAMinimumRequestRateInTheEnvironment_thenSlowerBodiesAreCutOffAtThatRate() {
        RestConfig config = RestConfigLoader.load(home, new Properties(),
                Map.of("BATTERYLAB_REST_MIN_REQUEST_RATE", "100", "BATTERYLAB_JWT_SECRET", "s".repeat(40)));

        assertEquals(100, config.minRequestRate().bytesPerSecond());
        assertThrows(IllegalArgumentException.class, () -> RestConfigLoader.load(home, new Properties(),
                Map.of("BATTERYLAB_REST_MIN_REQUEST_RATE", "-1", "BATTERYLAB_JWT_SECRET", "s".repeat(40))));
    }

    @Test
    void givenBadPort_thenTheMessageNamesTheSetting() {
        Properties system = new Properties();
        system.setProperty("batterylab.rest.port", "http");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RestConfigLoader.load(home, system, Map.of()));
        assertTrue(e.getMessage().contains("rest.port"));
    }
}
