package io.batterylab.rest.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Param;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.http.StaticContent;
import io.batterylab.rest.openapi.OpenApiDocument;
import io.batterylab.rest.resources.Dto.Health;
import java.util.Map;

/**
 * What needs no login: a health check, the OpenAPI document (built from the route table once it is complete) and a
 * browsable page that renders that document and lets a person log in and try the GET endpoints. The page's script and
 * style sheet are files of their own, so that its Content-Security-Policy can forbid inline code.
 */
public final class DocsResource implements ApiResource {
    private final String version;
    private final StaticContent page;
    private final Map<String, StaticContent> assets;
    private volatile ObjectNode document;

    public DocsResource(String version) {
        this.version = version;
        this.page = StaticContent.resource(DocsResource.class, "api-docs.html", StaticContent.HTML);
        this.assets = Map.of(
                "api-docs.js", StaticContent.resource(DocsResource.class, "api-docs.js", StaticContent.JAVASCRIPT),
                "api-docs.css", StaticContent.resource(DocsResource.class, "api-docs.css", StaticContent.CSS));
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
                .handle(page::send);
        routes.route("GET", "/api/docs/{asset}", "apiDocsAsset").tag("meta").open().produces("text/javascript")
                .summary("The script and style sheet of the API page").param(Param.path("asset", "api-docs.js or api-docs.css"))
                .returns(200, "The file", null).error(404, "No such file").handle(this::asset);
    }

    /** Builds the document from the finished table; call once all resources have added their routes. */
    public void publish(RouteTable table) {
        document = OpenApiDocument.build(table, version, Dto.ErrorBody.class);
    }

    public ObjectNode document() {
        return document;
    }

    private Reply asset(Call call) {
        String name = call.pathParam("asset");
        StaticContent content = assets.get(name);
        if (content == null) {
            throw new ApiException(404, "not_found", "no such file: " + name);
        }
        return content.send(call);
    }
}
