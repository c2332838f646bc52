package io.batterylab.jobs.cli;

import io.batterylab.core.model.Target;
import io.batterylab.core.training.Metrics;
import io.batterylab.core.training.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the training command prints for a model version: one line for a model of one target; for a model of both
 * targets a header line, then one indented line per target with its own validation and test metrics.
 */
final class ModelVersionSummary {
    private ModelVersionSummary() {
    }

    /** @param run how the console names the run, e.g. "run 1 baseline" */
    static List<String> lines(String run, ModelVersion version) {
        List<String> lines = new ArrayList<>();
        String header = run + ": model version " + version.id();
        if (version.targets().size() == 1) {
            lines.add(header + metrics(version, version.targets().get(0)).stream().map(m -> ", " + m)
                    .collect(Collectors.joining()));
            return lines;
        }
        lines.add(header + ", targets " + version.targets().stream().map(Target::name)
                .collect(Collectors.joining(" and ")));
        for (Target target : version.targets()) {
            List<String> metrics = metrics(version, target);
            lines.add("  " + target.name() + ": "
                    + (metrics.isEmpty() ? "no validation or test cells" : String.join(", ", metrics)));
        }
        return lines;
    }

    private static List<String> metrics(ModelVersion version, Target target) {
        List<String> parts = new ArrayList<>();
        Metrics validation = version.validationByTarget().get(target);
        if (validation != null) {
            parts.add(String.format(Locale.ROOT, "validation RMSE %.6g RMSPE %.4g%%", validation.rmse(),
                    validation.rmspe()));
        }
        Metrics test = version.testByTarget().get(target);
        if (test != null) {
            parts.add(String.format(Locale.ROOT, "test RMSE %.6g RMSPE %.4g%% R2 %.4f", test.rmse(), test.rmspe(),
                    test.r2()));
        }
        return parts;
    }
}
