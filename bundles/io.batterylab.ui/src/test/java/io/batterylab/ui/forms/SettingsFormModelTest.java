package io.batterylab.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.settings.Setting;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsFormModelTest {
    enum Loss {
        SUM, ADAPTIVE
    }

    record Sample(@Setting(label = "Learning rate", min = 1e-6, max = 1) double learningRate,
            @Setting(label = "Epochs", min = 1, max = 5000) int epochs,
            @Setting(label = "Loss") Loss loss,
            @Setting(label = "Shuffle") boolean shuffle,
            @Setting(label = "Seed") long seed) {
    }

    private final SettingsFormModel model = new SettingsFormModel(Sample.class, new Sample(1e-3, 500, Loss.SUM, true, 1));

    @Test
    void givenDefaultsWhenTheFormOpensThenEveryFieldShowsItsDefaultAndTheSettingsAreTheDefaults() {
        assertEquals(List.of("learningRate", "epochs", "loss", "shuffle", "seed"),
                model.fields().stream().map(SettingField::name).toList());
        assertEquals("0.001", model.text("learningRate"));
        assertEquals("500", model.text("epochs"));
        assertEquals("SUM", model.text("loss"));
        assertEquals(List.of("SUM", "ADAPTIVE"), model.fields().get(2).choices());
        assertEquals("1 .. 5000", model.fields().get(1).bounds());
        assertEquals("0.000001 .. 1", model.fields().get(0).bounds());
        assertEquals(new Sample(1e-3, 500, Loss.SUM, true, 1), model.settings());
    }

    @Test
    void givenTypedValuesWhenAllAreValidThenTheRecordCarriesThem() {
        model.set("learningRate", " 0.01 ");
        model.set("epochs", "3");
        model.set("loss", "ADAPTIVE");
        model.set("shuffle", "false");
        model.set("seed", "42");

        assertTrue(model.isValid());
        assertEquals(new Sample(0.01, 3, Loss.ADAPTIVE, false, 42), model.settings());
    }

    @Test
    void givenAValueOutsideItsBoundsWhenTypedThenTheFieldSaysWhyAndNoSettingsAreBuilt() {
        model.set("epochs", "0");

        assertEquals(Optional.of("Epochs must be between 1 and 5000, not 0"), model.error("epochs"));
        assertFalse(model.isValid());
        IllegalStateException refused = assertThrows(IllegalStateException.class, model::settings);
        assertEquals("Epochs must be between 1 and 5000, not 0", refused.getMessage());

        model.set("epochs", "5000");
        assertTrue(model.isValid());
    }

    @Test
    void givenTextThatIsNoNumberWhenTypedThenTheMessageNamesTheSettingAndTheText() {
        model.set("epochs", "2.5");
        model.set("learningRate", "fast");

        assertEquals(Optional.of("Epochs must be a whole number, not '2.5'"), model.error("epochs"));
        assertEquals(Optional.of("Learning rate must be a number, not 'fast'"), model.error("learningRate"));
        assertEquals(Optional.of("Learning rate must be a number, not 'fast'"), model.firstError(), "in form order");
    }

    @Test
    void givenEmptyOrOverflowingTextWhenTypedThenItIsRefused() {
        model.set("seed", "");
        model.set("epochs", "99999999999");
        model.set("learningRate", "NaN");

        assertEquals(Optional.of("Seed is empty"), model.error("seed"));
        assertEquals(Optional.of("Epochs must be a whole number, not '99999999999'"), model.error("epochs"));
        assertEquals(Optional.of("Learning rate must be a finite number"), model.error("learningRate"));
    }

    @Test
    void givenAnUnknownSettingWhenSetThenTheErrorNamesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.set("depth", "3"));
        assertEquals("Sample has no setting depth", e.getMessage());
    }
}
