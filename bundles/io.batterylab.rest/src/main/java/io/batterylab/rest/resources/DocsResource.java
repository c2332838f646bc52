package io.batterylab.rest.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Param;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.http.StaticContent;
import io.batterylab.rest.http.Webjar;
import io.batterylab.rest.openapi.OpenApiDocument;
import io.batterylab.rest.resources.Dto.Health;
import java.util.Map;

/**
 * What needs no login: a health check, the OpenAPI document (built from the route table once it is complete) and
 * the API page: Swagger UI over that document, served from its WebJar in this bundle (nothing from the network), on
 * which a person logs in and tries every route. The page's initializer and style sheet are files of their own, so
 * that its Content-Security-Policy can forbid inline code.
 */
public final class DocsResource implements ApiResource {
    /** The Swagger UI WebJar the page is built on (a required bundle of this one). */
    static final String SWAGGER_UI_VERSION = "5.34.1";
    private final String version;
    private final StaticContent page;
    private final Map<String, StaticContent.Revalidated> assets;
    private volatile ObjectNode document;

    public DocsResource(String version) {
        this.version = version;
        this.page = StaticContent.resource(DocsResource.class, "api-docs.html", StaticContent.HTML);
        Webjar swaggerUi = new Webjar("swagger-ui", SWAGGER_UI_VERSION);
        this.assets = Map.of(
                "api-docs.js", StaticContent.resource(DocsResource.class, "api-docs.js", StaticContent.JAVASCRIPT)
                        .revalidated(),
                "api-docs.css", StaticContent.resource(DocsResource.class, "api-docs.css", StaticContent.CSS)
                        .revalidated(),
                "swagger-ui-bundle.js", swaggerUi.file("swagger-ui-bundle.js", StaticContent.JAVASCRIPT).revalidated(),
                "swagger-ui.css", swaggerUi.file("swagger-ui.css", StaticContent.CSS).revalidated(),
                "favicon-32x32.png", swaggerUi.file("favicon-32x32.png", "image/png").revalidated());
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
                .summary("The API page (Swagger UI): log in and try every route").returns(200, "An HTML page", null)
                .handle(page::send);
        routes.route("GET", "/api/docs/{asset}", "apiDocsAsset").tag("meta").open().produces("text/javascript")
                .summary("The scripts, style sheets and icon of the API page")
                .param(Param.path("asset", "a file of the page, e.g. swagger-ui-bundle.js"))
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
        StaticContent.Revalidated content = assets.get(name);
        if (content == null) {
            throw new ApiException(404, "not_found", "no such file: " + name);
        }
        return content.send(call);
    }
}
