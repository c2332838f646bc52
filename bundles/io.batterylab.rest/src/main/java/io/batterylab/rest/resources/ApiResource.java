package io.batterylab.rest.resources;

import io.batterylab.rest.http.RouteTable;

/**
 * One kind of resource of the API (auth, batteries, uploads, ...): it adds its routes to the table. A later
 * capability (training jobs, model versions, test jobs, exports, devices) adds its resource the same way, under
 * {@code /api/<kind>} and {@code /api/<kind>/{id}}, with the same error shape and the same owner check.
 */
public interface ApiResource {
    void addRoutes(RouteTable.Builder routes);
}
