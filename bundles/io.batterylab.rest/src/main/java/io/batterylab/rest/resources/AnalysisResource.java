package io.batterylab.rest.resources;

import io.batterylab.core.analysis.ColumnStatistics;
import io.batterylab.core.analysis.Correlation;
import io.batterylab.core.analysis.CorrelationReport;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Param;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.resources.Dto.CorrelationView;
import io.batterylab.rest.resources.Dto.StatisticsList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Statistics and correlations over a set of batteries, with the feature/target selection as query parameters. Every
 * battery must be visible to the caller: one that is not gives 404, never a result over fewer cells.
 */
public final class AnalysisResource implements ApiResource {
    static final int MAX_BATTERIES = 500;
    private static final List<String> FEATURES = Arrays.stream(Feature.values()).map(Feature::key).toList();
    private static final List<String> TARGETS = Arrays.stream(Target.values()).map(Target::key).toList();

    private final BatteryService batteries;
    private final AnalysisService analysis;

    public AnalysisResource(BatteryService batteries, AnalysisService analysis) {
        this.batteries = batteries;
        this.analysis = analysis;
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        Param batteryIds = Param.requiredQuery("batteries", "array", "battery ids, comma-separated or repeated");
        routes.route("GET", "/api/analysis/statistics", "getStatistics").tag("analysis")
                .summary("Count, missing, mean, variance, std, min, quartiles, max and histogram per column")
                .param(batteryIds)
                .param(Param.query("columns", "array", "features and/or targets (" + String.join(", ", FEATURES)
                        + ", rul, pcl); default all"))
                .param(Param.query("bins", "integer", "histogram bins, default 20"))
                .returns(200, "Statistics per selected column", StatisticsList.class)
                .error(400, "Invalid parameter").error(404, "A battery is not visible to the caller")
                .handle(this::statistics);
        routes.route("GET", "/api/analysis/correlations", "getCorrelations").tag("analysis")
                .summary("Pearson and Spearman correlation of features with targets, and the correlation matrices")
                .param(batteryIds)
                .param(Param.query("features", "array", "features to include; default all"))
                .param(Param.query("targets", "array", "rul and/or pcl; default both"))
                .returns(200, "Correlations of the selection", CorrelationView.class)
                .error(400, "Invalid parameter").error(404, "A battery is not visible to the caller")
                .handle(this::correlations);
    }

    private Reply statistics(Call call) {
        Set<String> columns = selection(call, "columns", concat(FEATURES, TARGETS));
        int bins = call.queryInt("bins", 20, 1, 1000);
        List<Long> ids = visibleIds(call);
        List<ColumnStatistics> all = analysis.statistics(call.userId(), ids, bins);
        return Reply.ok(new StatisticsList(ids, all.stream().filter(s -> columns.contains(s.column())).toList()));
    }

    private Reply correlations(Call call) {
        Set<String> features = selection(call, "features", FEATURES);
        Set<String> targets = selection(call, "targets", TARGETS);
        List<Long> ids = visibleIds(call);
        CorrelationReport report = analysis.correlations(call.userId(), ids);
        List<Correlation> withTargets = report.withTargets().stream()
                .filter(c -> features.contains(c.column()) && targets.contains(c.against())).toList();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < report.columns().size(); i++) {
            String c = report.columns().get(i);
            if (features.contains(c) || targets.contains(c)) {
                keep.add(i);
            }
        }
        return Reply.ok(new CorrelationView(ids, withTargets, keep.stream().map(report.columns()::get).toList(),
                sub(report.pearson(), keep), sub(report.spearman(), keep)));
    }

    private List<Long> visibleIds(Call call) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(call.queryIds("batteries")));
        if (ids.isEmpty()) {
            throw ApiException.badRequest("invalid_parameter", "parameter 'batteries' needs at least one battery id");
        }
        if (ids.size() > MAX_BATTERIES) {
            throw ApiException.badRequest("invalid_parameter", "at most " + MAX_BATTERIES + " batteries at once");
        }
        for (long id : ids) {
            if (batteries.find(call.userId(), id).isEmpty()) {
                throw ApiException.notFound("battery", id);
            }
        }
        return ids;
    }

    private static Set<String> selection(Call call, String name, List<String> allowed) {
        List<String> given = call.queryList(name).stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
        if (given.isEmpty()) {
            return new LinkedHashSet<>(allowed);
        }
        for (String g : given) {
            if (!allowed.contains(g)) {
                throw ApiException.badRequest("invalid_parameter", "parameter '" + name + "': unknown '" + g
                        + "'; allowed: " + String.join(", ", allowed));
            }
        }
        return new LinkedHashSet<>(given);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static double[][] sub(double[][] matrix, List<Integer> keep) {
        double[][] out = new double[keep.size()][keep.size()];
        for (int i = 0; i < keep.size(); i++) {
            for (int j = 0; j < keep.size(); j++) {
                out[i][j] = matrix[keep.get(i)][keep.get(j)];
            }
        }
        return out;
    }
}
