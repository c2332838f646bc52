package io.batterylab.monitor;

import static io.batterylab.core.plugin.DeviceStatus.DANGER;
import static io.batterylab.core.plugin.DeviceStatus.NORMAL;
import static io.batterylab.core.plugin.DeviceStatus.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CorrectionPolicyTest {
    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void givenTheMainPyRule_thenDangerIsCorrectedToNormalAndNormalOrWarningToDangerOnly() {
        assertEquals(Optional.of(NORMAL), CorrectionPolicy.wanted(DANGER, NORMAL));
        assertEquals(Optional.of(DANGER), CorrectionPolicy.wanted(NORMAL, DANGER));
        assertEquals(Optional.of(DANGER), CorrectionPolicy.wanted(WARNING, DANGER));
        assertEquals(Optional.empty(), CorrectionPolicy.wanted(DANGER, WARNING));
        assertEquals(Optional.empty(), CorrectionPolicy.wanted(NORMAL, WARNING));
        assertEquals(Optional.empty(), CorrectionPolicy.wanted(WARNING, NORMAL));
        assertEquals(Optional.empty(), CorrectionPolicy.wanted(DANGER, DANGER));
    }

    @Test
    void givenADisagreement_whenItPersistsForKWindows_thenOneCorrectionIsSent() {
        CorrectionPolicy policy = new CorrectionPolicy(new CorrectionRules(3, Duration.ofMinutes(1),
                Duration.ofMinutes(15)));

        assertEquals(Optional.empty(), policy.decide(NORMAL, DANGER, T0));
        assertEquals(Optional.empty(), policy.decide(NORMAL, DANGER, T0.plusMillis(500)));
        assertEquals(Optional.of(DANGER), policy.decide(NORMAL, DANGER, T0.plusMillis(1000)));
        assertEquals(Optional.empty(), policy.decide(NORMAL, DANGER, T0.plusMillis(1500)));
    }

    @Test
    void givenADisagreementInterruptedBeforeKWindows_thenNothingIsSent() {
        CorrectionPolicy policy = new CorrectionPolicy(new CorrectionRules(3, Duration.ZERO, Duration.ZERO));

        policy.decide(NORMAL, DANGER, T0);
        policy.decide(NORMAL, DANGER, T0.plusMillis(500));
        policy.decide(NORMAL, NORMAL, T0.plusMillis(1000));
        assertEquals(Optional.empty(), policy.decide(NORMAL, DANGER, T0.plusMillis(1500)));
    }

    @Test
    void givenACorrection_thenTheSameOneIsNotRepeatedWithinTheRepeatHoldAndNoneWithinTheMinimumInterval() {
        CorrectionPolicy policy = new CorrectionPolicy(new CorrectionRules(1, Duration.ofMinutes(1),
                Duration.ofMinutes(15)));

        assertEquals(Optional.of(DANGER), policy.decide(NORMAL, DANGER, T0));
        assertEquals(Optional.empty(), policy.decide(DANGER, NORMAL, T0.plusSeconds(30)));
        assertEquals(Optional.of(NORMAL), policy.decide(DANGER, NORMAL, T0.plusSeconds(61)));
        assertEquals(Optional.empty(), policy.decide(NORMAL, DANGER, T0.plusSeconds(100)));
        assertEquals(Optional.empty(), policy.decide(NORMAL, DANGER, T0.plusSeconds(14 * 60)));
        assertEquals(Optional.of(DANGER), policy.decide(NORMAL, DANGER, T0.plusSeconds(15 * 60 + 1)));
    }

    /**
     * An hour at 2 Hz of a cell near the model's limit: the model flips between NORMAL and DANGER at random, in
     * runs, and the node's own status flips between NORMAL, WARNING and DANGER. Without hysteresis this would be
     * hundreds of corrections.
     */
    @Test
    void givenAnHourOfANoisyTraceNearTheThreshold_thenAtMostAFewCorrectionsAreSent() {
        CorrectionPolicy policy = new CorrectionPolicy(CorrectionRules.DEFAULTS);
        Random random = new Random(42);
        List<DeviceStatus> sent = new ArrayList<>();
        int rawDisagreements = 0;
        DeviceStatus model = NORMAL;
        DeviceStatus device = NORMAL;
        for (int i = 0; i < 7200; i++) {
            if (random.nextDouble() < 0.1) {
                model = model == NORMAL ? DANGER : NORMAL;
            }
            if (random.nextDouble() < 0.05) {
                device = DeviceStatus.values()[random.nextInt(3)];
            }
            rawDisagreements += CorrectionPolicy.wanted(device, model).isPresent() ? 1 : 0;
            policy.decide(device, model, T0.plusMillis(500L * i)).ifPresent(sent::add);
        }

        assertTrue(rawDisagreements > 1000, "the trace must disagree often: " + rawDisagreements);
        assertTrue(sent.size() <= 8, "corrections in an hour: " + sent);
        assertTrue(sent.size() >= 2, "a persistent disagreement is still corrected: " + sent);
    }
}
