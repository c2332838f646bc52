package io.batterylab.rest.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.openapi.OpenApiDocument;
import io.batterylab.rest.resources.Dto.Health;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;

/**
 * What needs no login: a health check, the OpenAPI document (built from the route table once it is complete) and a
 * browsable page that renders that document and lets a person log in and try the GET endpoints.
 */
public final class DocsResource implements ApiResource {
    private final String version;
    private final byte[] page;
    private volatile ObjectNode document;

    public DocsResource(String version) {
        this.version = version;
        this.page = readPage();
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("GET", "/api/health", "health").tag("meta").open().summary("Liveness check")
                .returns(200, "The server is up", Health.class)
                .handle(call -> Reply.ok(new Health("ok")));
        routes.route("GET", "/api/openapi.json", "openApi").tag("meta").open()
                .summary("This API's OpenAPI 3 document").returns(200, "The document", null)
                .handle(call -> Reply.ok(document));
        routes.route("GET", "/api/docs", "apiDocs").tag("meta").open().produces("text/html")
                .summary("Browsable API page").returns(200, "An HTML page", null)
                .handle(this::page);
    }

    /** Builds the document from the finished table; call once all resources have added their routes. */
    public void publish(RouteTable table) {
        document = OpenApiDocument.build(table, version, Dto.ErrorBody.class);
    }

    public ObjectNode document() {
        return document;
    }

    private Reply page(Call call) {
        call.response().setStatus(200);
        call.response().getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        call.response().write(true, ByteBuffer.wrap(page), call.callback());
        return Reply.alreadySent();
    }

    private static byte[] readPage() {
        try (InputStream in = DocsResource.class.getResourceAsStream("api-docs.html")) {
            if (in == null) {
                throw new IllegalStateException("api-docs.html missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
