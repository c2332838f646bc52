package io.batterylab.rest.resources;

import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Param;
import io.batterylab.rest.http.RouteTable;
import java.util.List;

/** The {@code offset}/{@code limit} paging of the API, as on a battery's cycle rows. */
record Pages(int offset, int limit) {
    static final int MAX_PAGE = 5000;
    static final int DEFAULT_PAGE = 500;

    static Pages of(Call call) {
        return new Pages(call.queryInt("offset", 0, 0, Integer.MAX_VALUE), call.queryInt("limit", DEFAULT_PAGE, 1, MAX_PAGE));
    }

    /** Describes the two parameters on a paged route. */
    static RouteTable.RouteSpec describe(RouteTable.RouteSpec route, String items) {
        return route.param(Param.query("offset", "integer", items + " to skip, default 0"))
                .param(Param.query("limit", "integer", items + " per page, 1.." + MAX_PAGE + ", default " + DEFAULT_PAGE));
    }

    <T> List<T> slice(List<T> all) {
        int from = Math.min(offset, all.size());
        return all.subList(from, Math.min(all.size(), from + limit));
    }
}
