package io.batterylab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.TrainingEvent;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingRun;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final long USER = 7;

    private static TrainingRun run(long id, int index, String algorithm, long seed) {
        return new TrainingRun(id, 1, index, algorithm, List.of(Feature.IR), "{\"epochs\":2,\"seed\":" + seed + "}",
                JobStatus.RUNNING, null, null, null, null);
    }

    private static Metrics metrics(double rmspe, double mse, double r2) {
        return new Metrics(10, mse, Math.sqrt(mse), 0, r2, rmspe, 0);
    }

    private final JobBoard board = new JobBoard(new TrainingJob(1, USER, "job", TargetChoice.RUL,
            DatasetSelection.byCell(List.of(1L), List.of(2L), List.of(3L)), JobStatus.RUNNING, null, Instant.now(),
            Instant.now(), null, List.of(run(11, 0, "baseline", 1), run(12, 1, "baseline", 2), run(13, 2, "deephpm", 1))));

    @Test
    void givenLiveEpochsWhenTwoSeedsOfOneAlgorithmRanThenTheTableHasARowPerRunAndTheirMeanAndStd() {
        board.apply(new TrainingEvent.EpochReported(USER, 1, 11, new EpochMetrics(2, 2, 0.5, 0.6, metrics(10, 4, 0.8))));
        board.apply(new TrainingEvent.EpochReported(USER, 1, 12, new EpochMetrics(2, 2, 0.3, 0.4, metrics(20, 6, 0.6))));
        board.test(11, metrics(12, 5, 0.7));

        List<List<String>> rows = Comparison.rows(board, id -> id.equals("baseline") ? "Baseline" : "DeepHPM");

        assertEquals(4, rows.size());
        assertEquals(List.of("#1", "Baseline", "1", "RUNNING", "2/2", "0.5000", "10.0", "4.0", "0.8000", "12.0", "5.0",
                "0.7000"), rows.get(0));
        assertEquals(List.of("#3", "DeepHPM", "1", "RUNNING", "–", "–", "–", "–", "–", "–", "–", "–"), rows.get(2));
        List<String> spread = rows.get(3);
        assertEquals("mean ± std", spread.get(0));
        assertEquals("2 seeds", spread.get(2));
        assertEquals("15.000 ± 7.071", spread.get(6), "validation RMSPE of seeds 1 and 2");
        assertEquals("12.000", spread.get(9), "one test value so far");
    }

    @Test
    void givenEventsOfAnotherUserOrJobWhenAppliedThenTheBoardIgnoresThem() {
        assertFalse(board.apply(new TrainingEvent.LogAppended(USER + 1, 1, 11, "not mine")));
        assertFalse(board.apply(new TrainingEvent.LogAppended(USER, 2, 11, "other job")));
        board.apply(new TrainingEvent.LogAppended(USER, 1, 11, "epoch 1"));
        board.apply(new TrainingEvent.RunChanged(USER, 1, 13, JobStatus.FAILED, "boom"));

        assertEquals("epoch 1\n", board.log(board.job().runs().get(0)));
        assertEquals(JobStatus.FAILED, board.status(board.job().runs().get(2)));
        assertEquals(1 / 3.0, board.progress(), 1e-9, "the failed run counts as done");
    }

    @Test
    void givenStoredEpochsAndLiveEventsThatOverlapWhenBothTakenThenEachEpochIsOnePointInOrder() {
        board.apply(new TrainingEvent.EpochReported(USER, 1, 11, new EpochMetrics(3, 4, 0.3, 0.3, null)));
        board.epochs(11, List.of(new EpochMetrics(1, 4, 0.9, 0.9, null), new EpochMetrics(2, 4, 0.5, 0.5, null),
                new EpochMetrics(3, 4, 0.3, 0.3, null)));
        board.apply(new TrainingEvent.EpochReported(USER, 1, 11, new EpochMetrics(3, 4, 0.3, 0.3, null)));
        board.apply(new TrainingEvent.EpochReported(USER, 1, 11, new EpochMetrics(4, 4, 0.2, 0.2, null)));

        List<EpochMetrics> epochs = board.epochs(board.job().runs().get(0));

        assertEquals(List.of(1, 2, 3, 4), epochs.stream().map(EpochMetrics::epoch).toList());
        assertEquals(0.2, epochs.getLast().loss());
    }
}
