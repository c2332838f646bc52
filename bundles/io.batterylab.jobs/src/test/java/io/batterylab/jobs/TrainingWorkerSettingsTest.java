package io.batterylab.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TrainingWorkerSettingsTest {
    @Test
    void givenNoPropertiesWhenConfiguredThenTheDefaults() {
        assertEquals(TrainingWorker.Settings.defaults(false), TrainingWorker.Settings.configured(1, false, new Properties()));
    }

    @Test
    void givenHeartbeatPropertiesInSecondsWhenConfiguredThenTheyApplyWithDecimals() {
        Properties p = new Properties();
        p.setProperty(TrainingWorker.HEARTBEAT, "0.5");
        p.setProperty(TrainingWorker.STALE_AFTER, " 2 ");
        p.setProperty(TrainingWorker.POLL, "0.2");

        TrainingWorker.Settings s = TrainingWorker.Settings.configured(2, true, p);

        assertEquals(new TrainingWorker.Settings(2, Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(2),
                true), s);
    }

    @Test
    void givenATimeoutShorterThanThreeHeartbeatsOrNoNumberWhenConfiguredThenRejectedNamingTheProperty() {
        Properties tooShort = new Properties();
        tooShort.setProperty(TrainingWorker.STALE_AFTER, "10");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingWorker.Settings.configured(1, false,
                tooShort)).getMessage().contains("three heartbeats"));
        Properties notANumber = new Properties();
        notANumber.setProperty(TrainingWorker.HEARTBEAT, "5s");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingWorker.Settings.configured(1, false,
                notANumber)).getMessage().contains(TrainingWorker.HEARTBEAT));
    }
}
