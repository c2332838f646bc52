package io.batterylab.ui.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TestModelAddonTest {

    @Test
    void givenTheEventDataAsNumberOrDigitsWhenReadThenItIsTheModelVersionIdAndAnythingElseIsIgnored() {
        assertEquals(42L, TestModelAddon.modelVersionId(42L));
        assertEquals(42L, TestModelAddon.modelVersionId(42));
        assertEquals(42L, TestModelAddon.modelVersionId(" 42 "));
        assertNull(TestModelAddon.modelVersionId("model 42"));
        assertNull(TestModelAddon.modelVersionId(null));
    }
}
