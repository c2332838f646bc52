package io.batterylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.analysis.ColumnStatistics;
import io.batterylab.core.analysis.CorrelationReport;
import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.BatterySource;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.service.BatteryService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefaultAnalysisServiceTest {
    private static final long ALICE = 1;
    private static final long BOB = 2;
    private static final long BUILT_IN = 10;
    private static final long ALICES_UPLOAD = 11;
    private static final long BOBS_UPLOAD = 12;

    private final InMemoryBatteries batteries = new InMemoryBatteries(Map.of(
            BUILT_IN, new Owned(null, Rows.of(Feature.IR, new double[] {1, 2}, new double[] {1, 0}, new double[] {0.1, 0.2})),
            ALICES_UPLOAD, new Owned(ALICE, Rows.of(Feature.IR, new double[] {3, Double.NaN}, new double[] {1, 0},
                    new double[] {0.3, 0.4})),
            BOBS_UPLOAD, new Owned(BOB, Rows.of(Feature.IR, new double[] {100}, new double[] {0}, new double[] {0.9}))));
    private final DefaultAnalysisService service = new DefaultAnalysisService(batteries);

    @Test
    void givenBuiltInAndOwnUpload_whenStatistics_thenRowsOfBothPooled() {
        // ir values 1, 2, 3 (one missing): mean 2; pcl 0.1..0.4: mean 0.25
        List<ColumnStatistics> stats = service.statistics(ALICE, List.of(BUILT_IN, ALICES_UPLOAD), 3);

        ColumnStatistics ir = stats.get(Feature.IR.ordinal());
        assertEquals(3, ir.count());
        assertEquals(1, ir.missing());
        assertEquals(2.0, ir.mean(), 1e-12);
        assertEquals(0.25, stats.get(9).mean(), 1e-12);
    }

    @Test
    void givenRepeatedId_whenStatistics_thenRowsCountedOnce() {
        List<ColumnStatistics> stats = service.statistics(ALICE, List.of(BUILT_IN, BUILT_IN), 1);

        assertEquals(2, stats.get(Feature.IR.ordinal()).count());
    }

    @Test
    void givenAnotherUsersBattery_whenStatistics_thenRejectedLikeAMissingOne() {
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
                () -> service.statistics(ALICE, List.of(BUILT_IN, BOBS_UPLOAD), 3));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> service.correlations(ALICE, List.of(99L)));

        assertEquals("battery not found: " + BOBS_UPLOAD, foreign.getMessage());
        assertEquals("battery not found: 99", missing.getMessage());
        assertTrue(batteries.cyclesReadFor.isEmpty(), "no rows may be read before visibility is checked");
    }

    @Test
    void givenVisibleBatteries_whenCorrelations_thenComputedOverTheirRows() {
        CorrelationReport report = service.correlations(ALICE, List.of(BUILT_IN, ALICES_UPLOAD));

        assertEquals(List.of("ir", "rul", "pcl"), report.columns());
        // ir 1, 2, 3 against pcl 0.1, 0.2, 0.3 (the row without ir is skipped): perfectly linear
        assertEquals(1.0, report.pearson()[0][2], 1e-12);
        assertEquals(3, report.withTargets().get(1).n());
    }

    @Test
    void givenBatteryOfAnotherUser_whenTrend_thenEmpty() {
        assertEquals(Optional.empty(), service.trend(ALICE, BOBS_UPLOAD));
        assertTrue(service.trend(BOB, BOBS_UPLOAD).isEmpty(), "one row is not enough for a trend");
        assertEquals(10.0, service.trend(BOB, BUILT_IN).orElseThrow().fadeRatePer100Cycles(), 1e-12);
    }

    private record Owned(Long owner, List<CycleRecord> rows) {
    }

    /** Visibility as the storage layer implements it: built-in cells for all, uploads for their owner. */
    private static final class InMemoryBatteries implements BatteryService {
        private final Map<Long, Owned> data;
        private final java.util.Set<Long> cyclesReadFor = new java.util.HashSet<>();

        InMemoryBatteries(Map<Long, Owned> data) {
            this.data = data;
        }

        @Override
        public List<Battery> list(long userId, BatteryFilter filter) {
            return data.keySet().stream().map(id -> find(userId, id)).flatMap(Optional::stream).toList();
        }

        @Override
        public Optional<Battery> find(long userId, long batteryId) {
            Owned owned = data.get(batteryId);
            if (owned == null || owned.owner() != null && owned.owner() != userId) {
                return Optional.empty();
            }
            return Optional.of(new Battery(batteryId, owned.owner(), "cell" + batteryId,
                    owned.owner() == null ? BatterySource.BUILT_IN : BatterySource.UPLOAD, null, null, 1.1, null, null,
                    owned.rows().size(), false));
        }

        @Override
        public List<CycleRecord> cycles(long userId, long batteryId) {
            cyclesReadFor.add(batteryId);
            return find(userId, batteryId).map(b -> data.get(batteryId).rows()).orElse(List.of());
        }

        @Override
        public List<CycleRecord> cycles(long userId, long batteryId, int offset, int limit) {
            List<CycleRecord> all = cycles(userId, batteryId);
            return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        }
    }
}
