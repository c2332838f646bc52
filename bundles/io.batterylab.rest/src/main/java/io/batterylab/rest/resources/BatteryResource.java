package io.batterylab.rest.resources;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.BatterySource;
import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Param;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.resources.Dto.BatteryList;
import io.batterylab.rest.resources.Dto.BatteryView;
import io.batterylab.rest.resources.Dto.CyclePage;
import io.batterylab.rest.resources.Dto.CycleView;
import io.batterylab.rest.resources.Dto.TrendView;

/** The batteries the caller may see (built-in cells and the caller's uploads), their cycle rows and fade trend. */
public final class BatteryResource implements ApiResource {
    private final BatteryService batteries;
    private final AnalysisService analysis;

    public BatteryResource(BatteryService batteries, AnalysisService analysis) {
        this.batteries = batteries;
        this.analysis = analysis;
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("GET", "/api/batteries", "listBatteries").tag("batteries")
                .summary("Batteries the caller may see: built-in cells and own uploads")
                .param(Param.query("name", "string", "part of the display name, any case"))
                .param(Param.query("split", "string", "exact split label, e.g. train, test"))
                .param(Param.query("policy", "string", "part of the charging policy, any case"))
                .param(Param.query("source", "string", "built_in or upload"))
                .param(Param.query("upload", "integer", "only the batteries of this upload"))
                .returns(200, "The matching batteries", BatteryList.class)
                .error(400, "Invalid parameter")
                .handle(this::list);
        routes.route("GET", "/api/batteries/{id}", "getBattery").tag("batteries")
                .summary("One battery").param(Param.path("id", "battery id"))
                .returns(200, "The battery", BatteryView.class).error(404, "No such battery for this user")
                .handle(call -> Reply.ok(BatteryView.of(visible(call))));
        Pages.describe(routes.route("GET", "/api/batteries/{id}/cycles", "getCycles").tag("batteries")
                .summary("A page of the battery's cycle rows in cycle order").param(Param.path("id", "battery id")), "rows")
                .returns(200, "The rows", CyclePage.class).error(400, "Invalid parameter")
                .error(404, "No such battery for this user")
                .handle(this::cycles);
        routes.route("GET", "/api/batteries/{id}/trend", "getTrend").tag("analysis")
                .summary("Capacity-fade trend: fade rates, knee cycle, fitted PCL curve")
                .param(Param.path("id", "battery id"))
                .returns(200, "The trend", TrendView.class)
                .error(404, "No such battery for this user, or it has no capacity data")
                .handle(this::trend);
    }

    private Reply list(Call call) {
        BatterySource source = call.query("source").map(BatteryResource::source).orElse(null);
        BatteryFilter filter = new BatteryFilter(call.query("name").orElse(null), call.query("split").orElse(null),
                call.query("policy").orElse(null), source, call.queryId("upload").orElse(null));
        return Reply.ok(new BatteryList(batteries.list(call.userId(), filter).stream().map(BatteryView::of).toList()));
    }

    private Reply cycles(Call call) {
        Battery battery = visible(call);
        Pages page = Pages.of(call);
        var rows = batteries.cycles(call.userId(), battery.id(), page.offset(), page.limit()).stream().map(CycleView::of)
                .toList();
        return Reply.ok(new CyclePage(battery.id(), page.offset(), page.limit(), battery.cycleCount(), rows));
    }

    private Reply trend(Call call) {
        long id = visible(call).id();
        return analysis.trend(call.userId(), id).map(t -> Reply.ok(TrendView.of(t)))
                .orElseThrow(() -> new ApiException(404, "no_trend", "battery " + id + " has no capacity data"));
    }

    private Battery visible(Call call) {
        long id = call.pathId("id");
        return batteries.find(call.userId(), id).orElseThrow(() -> ApiException.notFound("battery", id));
    }

    private static BatterySource source(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "built_in", "builtin", "built-in" -> BatterySource.BUILT_IN;
            case "upload", "uploaded" -> BatterySource.UPLOAD;
            default -> throw ApiException.badRequest("invalid_parameter",
                    "parameter 'source' must be built_in or upload, got '" + value + "'");
        };
    }
}
