package io.batterylab.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SettingsTest {
    record Example(@Setting(label = "Learning rate", min = 1e-6, max = 1) double learningRate,
            @Setting(label = "Epochs", min = 1, max = 100) int epochs, @Setting(label = "Name") String name) {
    }

    record Other(int x) {
    }

    @Test
    void givenValuesInsideBoundsWhenCheckedThenSameSettingsReturned() {
        Example ok = new Example(0.01, 100, "a");
        assertSame(ok, Settings.check(ok, Example.class));
    }

    @Test
    void givenValueOutsideBoundsWhenCheckedThenMessageNamesSettingAndBounds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.check(new Example(0.01, 101, "a"), Example.class));
        assertEquals("Epochs (epochs) = 101 is outside 1 .. 100", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Settings.check(new Example(Double.NaN, 1, "a"), Example.class));
    }

    @Test
    void givenWrongTypeOrMissingValueWhenCheckedThenRejected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Settings.check(new Other(1), Example.class))
                .getMessage().contains("Example"));
        assertThrows(IllegalArgumentException.class, () -> Settings.check(new Example(0.1, 1, null), Example.class));
    }
}
