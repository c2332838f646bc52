package io.batterylab.rest.resources;

import io.batterylab.core.model.Target;
import io.batterylab.core.training.Algorithm;
import io.batterylab.rest.TrainingServices;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.openapi.SettingsSchema;
import io.batterylab.rest.resources.TrainingDto.AlgorithmList;
import io.batterylab.rest.resources.TrainingDto.AlgorithmView;
import java.util.Comparator;

/** The installed algorithms, with the JSON Schema of their settings as a training spec gives them. */
public final class AlgorithmResource implements ApiResource {
    private final TrainingServices training;
    private final SettingsSchema schemas;

    public AlgorithmResource(TrainingServices training, SettingsSchema schemas) {
        this.training = training;
        this.schemas = schemas;
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("GET", "/api/algorithms", "listAlgorithms").tag("training")
                .summary("Installed algorithms: id, name, version, targets and the JSON Schema of their settings")
                .returns(200, "The algorithms by id", AlgorithmList.class)
                .error(503, "No algorithm registry is installed on this server")
                .handle(call -> Reply.ok(new AlgorithmList(training.algorithms().all().stream()
                        .sorted(Comparator.comparing(Algorithm::id)).map(this::view).toList())));
    }

    private AlgorithmView view(Algorithm a) {
        return new AlgorithmView(a.id(), a.displayName(), a.version(),
                a.supportedTargets().stream().sorted().map(Target::key).toList(), TrainingDto.lower(a.bothTargets()),
                schemas.of(a.settingsType(), a.defaultSettings()));
    }
}
