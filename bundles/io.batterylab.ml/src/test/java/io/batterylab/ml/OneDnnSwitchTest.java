package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class OneDnnSwitchTest {
    /** libtorch enables oneDNN by default; its kernels are chosen by processor (see OneDnnSwitch). */
    @Test
    void givenStartedEngineWhenAskedThenOneDnnIsOff() {
        assertFalse(DjlRuntime.oneDnnEnabled(), "libtorch would run on the processor-dependent oneDNN kernels");
    }
}
