package io.batterylab.rest.resources;

import io.batterylab.core.analysis.CapacityTrend;
import io.batterylab.core.analysis.ColumnStatistics;
import io.batterylab.core.analysis.Correlation;
import io.batterylab.core.model.Battery;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.UploadRecord;
import io.batterylab.core.model.User;
import io.batterylab.core.model.ValidationIssue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shapes of the API, one record each, so that the OpenAPI schemas are generated from the same types that
 * are written. Times are ISO-8601 UTC strings; a missing measurement is null.
 */
public final class Dto {
    private Dto() {
    }

    public record Credentials(String username, String password) {
    }

    public record UserView(long id, String username, String createdAt) {
        public static UserView of(User u) {
            return new UserView(u.id(), u.username(), u.createdAt().toString());
        }
    }

    public record Session(String token, String tokenType, String expiresAt, UserView user) {
    }

    public record BatteryView(long id, String name, String label, String source, Long uploadId, String split,
            Double nominalCapacityAh, String chargingPolicy, Integer cycleLife, int cycleCount, boolean synthetic) {
        public static BatteryView of(Battery b) {
            return new BatteryView(b.id(), b.name(), b.label(), b.source().name().toLowerCase(Locale.ROOT),
                    b.uploadId(), b.split(), finite(b.nominalCapacityAh()), b.chargingPolicy(), b.cycleLife(),
                    b.cycleCount(), b.synthetic());
        }
    }

    public record BatteryList(List<BatteryView> items) {
    }

    /**
     * @param features every feature by its stable name; null where the data do not have it
     */
    public record CycleView(int cycle, Map<String, Double> features, Double rul, Double pcl) {
        public static CycleView of(CycleRecord r) {
            Map<String, Double> features = new LinkedHashMap<>();
            for (Feature f : Feature.values()) {
                features.put(f.key(), finite(r.features().valueOrNaN(f)));
            }
            return new CycleView(r.cycle(), features, finite(r.rul()), finite(r.pcl()));
        }
    }

    /** One page of a battery's cycle rows; {@code total} is the battery's number of rows. */
    public record CyclePage(long batteryId, int offset, int limit, int total, List<CycleView> items) {
    }

    public record StatisticsList(List<Long> batteries, List<ColumnStatistics> items) {
    }

    /**
     * @param withTargets correlation of each selected feature with each selected target
     * @param columns names of the matrix rows/columns: the selected features and targets present in the data
     */
    public record CorrelationView(List<Long> batteries, List<Correlation> withTargets, List<String> columns,
            double[][] pearson, double[][] spearman) {
    }

    public record TrendView(long batteryId, Double fadeRatePer100Cycles, Double earlyFadeRatePer100Cycles,
            Double lateFadeRatePer100Cycles, Integer kneeCycle, double[] cycles, double[] fittedPcl) {
        public static TrendView of(CapacityTrend t) {
            return new TrendView(t.batteryId(), finite(t.fadeRatePer100Cycles()), finite(t.earlyFadeRatePer100Cycles()),
                    finite(t.lateFadeRatePer100Cycles()), t.kneeCycle(), t.cycles(), t.fittedPcl());
        }
    }

    public record IssueView(String severity, Integer row, String column, String message) {
        public static IssueView of(ValidationIssue i) {
            return new IssueView(i.severity().name().toLowerCase(Locale.ROOT), i.row(), i.column(), i.message());
        }
    }

    public record UploadView(long id, String originalFileName, String dataSource, String createdAt, int batteryCount,
            int rowCount, List<IssueView> issues) {
        public static UploadView of(UploadRecord u) {
            return new UploadView(u.id(), u.originalFileName(), u.dataSourceId(), u.createdAt().toString(),
                    u.batteryCount(), u.rowCount(),
                    u.report() == null ? List.of() : u.report().issues().stream().map(IssueView::of).toList());
        }
    }

    public record UploadList(List<UploadView> items) {
    }

    /** The multipart form of an upload: one file part named {@code file}. */
    public record UploadForm(byte[] file) {
    }

    public record Health(String status) {
    }

    /** The error body of every failed request. */
    public record ErrorBody(String error, String message) {
    }

    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
