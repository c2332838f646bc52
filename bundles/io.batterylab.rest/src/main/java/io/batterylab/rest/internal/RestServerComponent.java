package io.batterylab.rest.internal;

import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.service.UploadService;
import io.batterylab.core.service.UserService;
import io.batterylab.rest.BatteryLabRestServer;
import io.batterylab.rest.RestConfig;
import io.batterylab.rest.RestConfigLoader;
import io.batterylab.rest.RestServer;
import io.batterylab.rest.RestServices;
import io.batterylab.rest.auth.JdbcRevocationStore;
import io.batterylab.storage.Database;
import java.time.Clock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OSGi glue: offers the REST server over the same services the workbench uses. Installed is not running: the
 * headless server application calls {@link #start()}, and the workbench serves REST only with
 * {@code rest.autostart=true}.
 */
@Component(service = RestServer.class, immediate = true)
public final class RestServerComponent implements RestServer {
    private static final Logger LOG = LoggerFactory.getLogger(RestServerComponent.class);

    private final BatteryLabRestServer server;

    @Activate
    public RestServerComponent(@Reference UserService users, @Reference BatteryService batteries,
            @Reference UploadService uploads, @Reference AnalysisService analysis, @Reference JobEvents events,
            @Reference Database database) {
        RestConfig config = RestConfigLoader.load(database.config().home());
        RestServices services = new RestServices(users, batteries, uploads, analysis, events,
                new JdbcRevocationStore(database.dataSource(), Clock.systemUTC()));
        this.server = new BatteryLabRestServer(services, config);
        if (config.autostart()) {
            try {
                server.start();
            } catch (Exception e) {
                // The workbench keeps working without REST; the log says why it is not served.
                LOG.error("REST autostart failed: {}", e.getMessage(), e);
            }
        }
    }

    @Deactivate
    void deactivate() throws Exception {
        server.stop();
    }

    @Override
    public int start() throws Exception {
        return server.start();
    }

    @Override
    public void stop() throws Exception {
        server.stop();
    }

    @Override
    public boolean isRunning() {
        return server.isRunning();
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public String baseUrl() {
        return server.baseUrl();
    }
}
