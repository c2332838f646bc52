package io.batterylab.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private final RouteTable table = RouteTable.builder()
            .route("GET", "/api/batteries", "list").handle(call -> Reply.ok(null))
            .route("GET", "/api/batteries/{id}", "one").handle(call -> Reply.ok(null))
            .route("DELETE", "/api/batteries/{id}", "remove").handle(call -> Reply.ok(null))
            .route("GET", "/api/batteries/{id}/cycles", "cycles").handle(call -> Reply.ok(null))
            .build();

    @Test
    void givenTemplatePath_whenMatching_thenRouteAndNamedParameters() {
        RouteTable.Match match = table.match("GET", "/api/batteries/17/cycles");

        assertEquals("cycles", match.route().operationId());
        assertEquals(Map.of("id", "17"), match.pathParams());
        assertEquals("list", table.match("GET", "/api/batteries/").route().operationId());
    }

    @Test
    void givenUnknownPath_whenMatching_then404() {
        ApiException e = assertThrows(ApiException.class, () -> table.match("GET", "/api/batteries/1/2/3"));

        assertEquals(404, e.status());
        assertEquals(404, assertThrows(ApiException.class, () -> table.match("GET", "/api/batteries//cycles")).status());
    }

    @Test
    void givenKnownPathWithOtherMethod_whenMatching_then405ListingAllowedMethods() {
        ApiException e = assertThrows(ApiException.class, () -> table.match("PUT", "/api/batteries/3"));

        assertEquals(405, e.status());
        assertEquals(List.of("DELETE", "GET", "HEAD"), e.details().get("allowed"));
    }

    @Test
    void givenHead_whenMatching_thenTheGetRouteOfThePathOr405WhenItHasNone() {
        RouteTable writeOnly = RouteTable.builder().route("DELETE", "/x", "x").handle(call -> Reply.ok(null)).build();

        assertEquals("one", table.match("HEAD", "/api/batteries/3").route().operationId());
        ApiException e = assertThrows(ApiException.class, () -> writeOnly.match("HEAD", "/x"));
        assertEquals(405, e.status());
        assertEquals(List.of("DELETE"), e.details().get("allowed"));
    }

    @Test
    void givenSameMethodAndPathTwice_whenBuilding_thenRefused() {
        RouteTable.Builder builder = RouteTable.builder().route("GET", "/a", "a").handle(call -> Reply.ok(null));

        assertThrows(IllegalArgumentException.class,
                () -> builder.route("GET", "/a", "b").handle(call -> Reply.ok(null)));
    }
}
