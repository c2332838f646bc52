package io.batterylab.rest.internal;

import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.ExportService;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.service.UploadService;
import io.batterylab.core.service.UserService;
import io.batterylab.rest.BatteryLabRestServer;
import io.batterylab.rest.RestConfigLoader;
import io.batterylab.rest.RestServer;
import io.batterylab.rest.RestServices;
import io.batterylab.rest.TrainingServices;
import io.batterylab.core.testing.TestJobService;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.monitor.MonitorService;
import io.batterylab.plugins.PluginCatalog;
import io.batterylab.rest.auth.JdbcRevocationStore;
import io.batterylab.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OSGi glue: offers the REST server over the same services the workbench uses. Installed is not running: the
 * headless server application calls {@link #start()}, and the workbench serves REST only with
 * {@code rest.autostart=true}. The configuration (and a generated JWT secret) is read only when the server starts,
 * so a workbench that never serves REST leaves no trace of it.
 */
@Component(service = RestServer.class, immediate = true)
public final class RestServerComponent implements RestServer {
    private static final Logger LOG = LoggerFactory.getLogger(RestServerComponent.class);

    // Training may be installed without REST and REST without training: these come and go while the server runs,
    // and a route over a missing one answers 503.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AlgorithmRegistry algorithms;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TrainingJobService trainingJobs;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ModelVersionService modelVersions;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TestJobService testJobs;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ExportService exports;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PluginCatalog plugins;
    /** Registered by the monitor component only while monitoring is on. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MonitorService monitor;

    private final RestServices services;
    private final Path home;
    private BatteryLabRestServer server;

    @Activate
    public RestServerComponent(@Reference UserService users, @Reference BatteryService batteries,
            @Reference UploadService uploads, @Reference AnalysisService analysis, @Reference JobEvents events,
            @Reference Database database) {
        this.services = new RestServices(users, batteries, uploads, analysis, events,
                new JdbcRevocationStore(database.dataSource(), Clock.systemUTC()),
                new TrainingServices(() -> algorithms, () -> trainingJobs, () -> modelVersions)
                        .withTestJobs(() -> testJobs), () -> exports, () -> plugins, () -> monitor);
        this.home = database.config().home();
        if (RestConfigLoader.autostart(home)) {
            try {
                start();
            } catch (Exception e) {
                // The workbench keeps working without REST; the log says why it is not served.
                LOG.error("REST autostart failed: {}", e.getMessage(), e);
            }
        }
    }

    @Deactivate
    void deactivate() throws Exception {
        stop();
    }

    @Override
    public synchronized int start() throws Exception {
        if (server == null) {
            server = new BatteryLabRestServer(services, RestConfigLoader.load(home));
        }
        return server.start();
    }

    @Override
    public synchronized void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null && server.isRunning();
    }

    @Override
    public synchronized int port() {
        return server == null ? -1 : server.port();
    }

    @Override
    public synchronized String baseUrl() {
        return server == null ? null : server.baseUrl();
    }
}
