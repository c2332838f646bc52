package io.batterylab.rest;

import io.batterylab.rest.auth.LoginThrottle;
import io.batterylab.rest.auth.TokenBoundSessions;
import io.batterylab.rest.auth.TokenService;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.ApiHandler;
import io.batterylab.rest.http.Json;
import io.batterylab.rest.http.MinimumRequestRate;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.http.SecurityHeaders;
import io.batterylab.rest.openapi.SettingsSchema;
import io.batterylab.rest.resources.AlarmResource;
import io.batterylab.rest.resources.AlgorithmResource;
import io.batterylab.rest.resources.AnalysisResource;
import io.batterylab.rest.resources.ApiResource;
import io.batterylab.rest.resources.AuthResource;
import io.batterylab.rest.resources.BatteryResource;
import io.batterylab.rest.resources.DeviceResource;
import io.batterylab.rest.resources.DeviceSeriesResource;
import io.batterylab.rest.resources.DocsResource;
import io.batterylab.rest.resources.EventResource;
import io.batterylab.rest.resources.ExportResource;
import io.batterylab.rest.resources.ModelVersionResource;
import io.batterylab.rest.resources.PluginResource;
import io.batterylab.rest.resources.TestJobResource;
import io.batterylab.rest.resources.TrainingJobResource;
import io.batterylab.rest.resources.UploadResource;
import io.batterylab.rest.stream.EventStreams;
import io.batterylab.rest.ws.EventSocketResource;
import io.batterylab.rest.ws.EventSockets;
import io.batterylab.rest.ws.SocketMessages;
import io.batterylab.storage.UserNames;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST server: an embedded Jetty 12 with one handler for the whole API. All resources are listed in
 * {@link #resources}; the route table built from them both dispatches requests and generates the OpenAPI document.
 */
public final class BatteryLabRestServer implements RestServer {
    public static final String API_VERSION = "1.0.0";
    private static final Logger LOG = LoggerFactory.getLogger(BatteryLabRestServer.class);

    private final RestConfig config;
    private final Json json = new Json();
    private final TokenService tokens;
    private final TokenBoundSessions sessions;
    private final EventStreams streams;
    private final EventSockets sockets;
    private final DocsResource docs;
    private final RouteTable routes;
    private Server server;
    private ServerConnector connector;

    public BatteryLabRestServer(RestServices services, RestConfig config) {
        this(services, config, Clock.systemUTC());
    }

    public BatteryLabRestServer(RestServices services, RestConfig config, Clock clock) {
        this.config = config;
        this.sessions = new TokenBoundSessions(clock);
        this.tokens = new TokenService(config.jwtSecret(), config.tokenLifetime(),
                sessions.endingOnRevoke(services.revocations()), clock);
        this.streams = new EventStreams(config.streams());
        this.sockets = new EventSockets(services.events(), tokens, streams, sessions, new SocketMessages(json),
                config.streams(), EventSockets.AUTH_TIMEOUT);
        this.docs = new DocsResource(API_VERSION);
        RouteTable.Builder builder = RouteTable.builder();
        for (ApiResource resource : resources(services, clock)) {
            resource.addRoutes(builder);
        }
        this.routes = builder.build();
        docs.publish(routes);
    }

    private List<ApiResource> resources(RestServices s, Clock clock) {
        return List.of(
                docs,
                new AuthResource(s.users(), tokens, LoginThrottle.defaults(UserNames::key, clock)),
                new BatteryResource(s.batteries(), s.analysis()),
                new AnalysisResource(s.batteries(), s.analysis()),
                new UploadResource(s.uploads(), config.maxUploadBytes(), config.spoolDirectory()),
                new EventResource(s.events(), json, streams, sessions),
                new EventSocketResource(sockets),
                new AlgorithmResource(s.training(), new SettingsSchema(json.mapper())),
                new TrainingJobResource(s.batteries(), s.training(), json),
                new ModelVersionResource(s.training(), json, config.maxUploadBytes(), config.spoolDirectory()),
                new TestJobResource(s.training()),
                new ExportResource(s.exports()),
                new PluginResource(s.plugins()),
                new DeviceResource(s.monitor()),
                new DeviceSeriesResource(s.monitor(), clock),
                new AlarmResource(s.monitor()));
    }

    public RouteTable routes() {
        return routes;
    }

    public TokenService tokens() {
        return tokens;
    }

    /** The open event WebSockets, for diagnostics. */
    public EventSockets sockets() {
        return sockets;
    }

    /** The open event streams, for diagnostics. */
    public EventStreams streams() {
        return streams;
    }

    @Override
    public synchronized int start() throws Exception {
        if (server != null) {
            return connector.getLocalPort();
        }
        QueuedThreadPool threads = new QueuedThreadPool(128, 8);
        threads.setName("batterylab-rest");
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector c = new ServerConnector(jetty, new HttpConnectionFactory(http));
        c.setHost(config.host());
        c.setPort(config.port());
        c.setIdleTimeout(Duration.ofSeconds(60).toMillis());
        jetty.addConnector(c);
        jetty.setHandler(new MinimumRequestRate(new ApiHandler(routes, tokens, json, config.maxJsonBytes()),
                config.minRequestRate().bytesPerSecond(), config.minRequestRate().grace()));
        jetty.setErrorHandler(this::protocolError);
        jetty.setStopTimeout(2000);
        sockets.attach(jetty);
        streams.start();
        sockets.start();
        sessions.start();
        try {
            jetty.start();
        } catch (Exception e) {
            jetty.stop();
            streams.stop(EventResource.serverStopping());
            sockets.stop();
            sessions.stop();
            throw new IllegalStateException("cannot start the REST server on " + config.host() + ":" + config.port()
                    + ": " + e.getMessage(), e);
        }
        server = jetty;
        connector = c;
        LOG.info("REST server listening on {} ({} routes)", baseUrl(), routes.routes().size());
        return c.getLocalPort();
    }

    @Override
    public synchronized void stop() throws Exception {
        if (server == null) {
            return;
        }
        streams.stop(EventResource.serverStopping());
        sockets.stop();
        sessions.stop();
        server.stop();
        server = null;
        connector = null;
        LOG.info("REST server stopped");
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public synchronized int port() {
        return connector == null ? -1 : connector.getLocalPort();
    }

    @Override
    public synchronized String baseUrl() {
        if (connector == null) {
            return null;
        }
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + connector.getLocalPort();
    }

    /** Errors Jetty answers itself (an unparseable request line, a bad URI): the same JSON shape as the API's. */
    private boolean protocolError(Request request, org.eclipse.jetty.server.Response response,
            org.eclipse.jetty.util.Callback callback) {
        Object status = request.getAttribute(ErrorHandler.ERROR_STATUS);
        int code = status instanceof Integer i ? i : 500;
        Object message = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        String error = code == 413 ? "payload_too_large" : code >= 500 ? "internal_error" : "bad_request";
        ApiException e = new ApiException(code, error, message == null ? "request refused" : message.toString());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        SecurityHeaders.everyResponse(response.getHeaders());
        response.write(true, ByteBuffer.wrap(json.write(ApiHandler.body(e))), callback);
        return true;
    }
}
