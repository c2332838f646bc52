package io.batterylab.analysis;

import io.batterylab.core.analysis.CapacityTrend;
import io.batterylab.core.model.CycleRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Capacity-fade trend of one battery from its PCL over cycles.
 *
 * <ul>
 * <li>fade rate: slope of the least-squares line of PCL against cycle, per 100 cycles;</li>
 * <li>knee: the break of the Bacon–Watts two-line fit when the fade accelerates there (see
 * {@link KneeDetector}), else null;</li>
 * <li>early / late fade rates: the slopes of the two lines per 100 cycles; without a knee the curve is one
 * line, and both equal the overall fade rate;</li>
 * <li>fitted curve: the two-line fit at every cycle with a PCL value, or the single line without a knee.</li>
 * </ul>
 * Rows without PCL are skipped.
 */
public final class CapacityTrendCalculator {
    private static final double PER_100_CYCLES = 100.0;

    private final KneeDetector kneeDetector = new KneeDetector();

    /** Empty when fewer than two distinct cycles have a PCL value. */
    public Optional<CapacityTrend> trend(long batteryId, List<CycleRecord> rows) {
        List<CycleRecord> points = rows.stream().filter(r -> !Double.isNaN(r.pcl()))
                .sorted(Comparator.comparingInt(CycleRecord::cycle)).toList();
        double[] cycles = points.stream().mapToDouble(CycleRecord::cycle).toArray();
        double[] pcl = points.stream().mapToDouble(CycleRecord::pcl).toArray();
        if (cycles.length < 2 || cycles[0] == cycles[cycles.length - 1]) {
            return Optional.empty();
        }
        LineFit line = LineFit.of(cycles, pcl);
        Optional<TwoLineFit> knee = kneeDetector.knee(cycles, pcl);
        double[] fitted = new double[cycles.length];
        for (int i = 0; i < cycles.length; i++) {
            fitted[i] = knee.isPresent() ? knee.get().valueAt(cycles[i]) : line.valueAt(cycles[i]);
        }
        double fadeRate = line.slope() * PER_100_CYCLES;
        return Optional.of(new CapacityTrend(batteryId, fadeRate,
                knee.map(k -> k.earlySlope() * PER_100_CYCLES).orElse(fadeRate),
                knee.map(k -> k.lateSlope() * PER_100_CYCLES).orElse(fadeRate),
                knee.map(k -> (int) Math.round(k.breakX())).orElse(null), cycles, fitted));
    }
}
