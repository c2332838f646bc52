package io.batterylab.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeedRepeatsTest {
    record Seeded(int epochs, long seed) {
    }

    record Unseeded(int epochs) {
    }

    private static final List<Feature> FEATURES = List.of(Feature.values()[0]);
    private static final DatasetSelection CELLS = DatasetSelection.byCell(List.of(1L), List.of(2L), List.of());

    @Test
    void givenThreeSeedsWhenARunIsRepeatedThenThereAreThreeRunsDifferingOnlyInTheSeed() {
        List<RunSpec> runs = SeedRepeats.repeat(new RunSpec("baseline", FEATURES, new Seeded(7, 1)), List.of(1L, 2L, 3L));

        assertEquals(List.of(new Seeded(7, 1), new Seeded(7, 2), new Seeded(7, 3)),
                runs.stream().map(RunSpec::settings).toList());
        assertTrue(runs.stream().allMatch(r -> r.algorithmId().equals("baseline") && r.features().equals(FEATURES)));
        assertEquals(Optional.of(2L), SeedRepeats.seedOf(runs.get(1).settings()));
    }

    @Test
    void givenSettingsWithoutSeedWhenRepeatedThenTheMessageSaysSo() {
        assertFalse(SeedRepeats.seeded(Unseeded.class));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SeedRepeats.repeat(new RunSpec("ridge", FEATURES, new Unseeded(3)), List.of(1L, 2L)));
        assertEquals("the settings of ridge have no seed to repeat with", e.getMessage());
    }

    @Test
    void givenRepeatedOrTooManySeedsWhenRepeatedThenRefused() {
        RunSpec run = new RunSpec("baseline", FEATURES, new Seeded(7, 1));
        assertThrows(IllegalArgumentException.class, () -> SeedRepeats.repeat(run, List.of(1L, 1L)));
        assertThrows(IllegalArgumentException.class, () -> SeedRepeats.repeat(run, List.of(1L, 2L, 3L, 4L, 5L, 6L)));
        assertThrows(IllegalArgumentException.class, () -> SeedRepeats.repeat(run, List.of()));
    }

    @Test
    void givenThreeAlgorithmsWithFiveSeedsEachWhenSpecifiedThenTheJobIsAcceptedButAFourthAlgorithmIsNot() {
        List<RunSpec> fifteen = new java.util.ArrayList<>();
        for (String algorithm : List.of("a", "b", "c")) {
            fifteen.addAll(SeedRepeats.repeat(new RunSpec(algorithm, FEATURES, new Seeded(1, 0)),
                    List.of(1L, 2L, 3L, 4L, 5L)));
        }
        assertEquals(15, new TrainingJobSpec("x", Target.RUL, CELLS, fifteen).runs().size());

        List<RunSpec> four = List.of("a", "b", "c", "d").stream()
                .map(a -> new RunSpec(a, FEATURES, new Seeded(1, 0))).toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrainingJobSpec("x", Target.RUL, CELLS, four));
        assertEquals("a training job has 1 to 3 algorithms, not 4", e.getMessage());
        List<RunSpec> sixteen = Collections.nCopies(16, new RunSpec("a", FEATURES, new Seeded(1, 0)));
        assertThrows(IllegalArgumentException.class, () -> new TrainingJobSpec("x", Target.RUL, CELLS, sixteen));
    }

    @Test
    void givenRepeatedResultsWhenSummarisedThenMeanAndSampleStdLeaveOutUndefinedValues() {
        Spread spread = Spread.of(2, 4, 4, 4, 5, 5, 7, 9, Double.NaN);

        assertEquals(8, spread.count());
        assertEquals(5, spread.mean(), 1e-12);
        assertEquals(Math.sqrt(32.0 / 7), spread.std(), 1e-12);
        assertEquals("5.00 ± 2.14", spread.format(2));
        assertEquals("3.5", Spread.of(3.5).format(1));
        assertEquals("–", Spread.of(Double.NaN).format(1));
    }
}
