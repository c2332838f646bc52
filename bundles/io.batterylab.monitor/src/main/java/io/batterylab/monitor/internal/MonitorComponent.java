package io.batterylab.monitor.internal;

import io.batterylab.core.detection.DetectorModelService;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.device.mqtt.BrokerRefusedException;
import io.batterylab.monitor.DetectorSelection;
import io.batterylab.core.service.JobEvents;
import io.batterylab.monitor.MonitorConfig;
import io.batterylab.monitor.MonitorEventForwarder;
import io.batterylab.monitor.MonitorService;
import io.batterylab.monitor.MonitorSettings;
import io.batterylab.monitor.SampleBatcher;
import io.batterylab.monitor.broker.EmbeddedBroker;
import io.batterylab.monitor.store.AlarmStore;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.SampleStore;
import io.batterylab.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OSGi glue: with {@code mqtt.broker=external} starts the monitor on the database, connects the MQTT connector
 * (retrying every 10 s until the broker answers; Paho reconnects by itself after that), compacts old samples hourly,
 * and offers the {@link MonitorService}. With {@code mqtt.broker=embedded} it first starts the {@link EmbeddedBroker}
 * and connects to that. With {@code mqtt.broker=off} (the default) it does nothing.
 */
@Component(immediate = true)
public final class MonitorComponent {
    private static final Logger LOG = LoggerFactory.getLogger(MonitorComponent.class);

    @Reference
    private Database database;
    @Reference
    private DetectorRegistry detectors;
    @Reference(target = "(component.name=io.batterylab.device.mqtt.MqttDeviceConnector)")
    private DeviceConnector connector;

    /** The users' trained detector models, when installed: devices can run them. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DetectorModelService detectorModels;

    /** The live event bus, when installed: samples, alarms and corrections go there. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile JobEvents jobEvents;

    private MonitorService monitor;
    private SampleBatcher batcher;
    private ScheduledExecutorService scheduler;
    private volatile DeviceConnector.Connection connection;
    private ServiceRegistration<MonitorService> registration;
    private EmbeddedBroker broker;

    @Activate
    void activate(BundleContext context) {
        MonitorConfig config;
        try {
            config = MonitorConfig.load(database.config().home());
        } catch (IllegalArgumentException e) {
            LOG.error("Live monitoring is off: {}", e.getMessage());
            return;
        }
        if (!config.enabled()) {
            LOG.info("Live monitoring is off (mqtt.broker=off)");
            return;
        }
        Map<String, String> connection = config.connector();
        if (config.embeddedBroker()) {
            try {
                broker = EmbeddedBroker.start(config.embedded());
            } catch (java.io.IOException e) {
                LOG.error("Live monitoring is off: {}", e.getMessage());
                return;
            }
            connection = config.connectorFor(broker.port());
        }
        Map<String, String> settings = connection;
        var pool = database.dataSource();
        monitor = new MonitorService(new MonitorService.Stores(new DeviceStore(pool, Clock.systemUTC()),
                new SampleStore(pool), new AlarmStore(pool)), new DetectorSelection(detectors, () -> detectorModels),
                MonitorSettings.DEFAULTS.withHops(config.hops()).withBlocks(config.blocks()), Clock.systemUTC(),
                new MonitorEventForwarder(() -> jobEvents));
        batcher = new SampleBatcher(monitor, SampleBatcher.Settings.DEFAULTS.withWorkers(config.workers()));
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "batterylab-monitor");
            t.setDaemon(true);
            return t;
        });
        scheduler.execute(() -> connect(settings));
        scheduler.scheduleWithFixedDelay(() -> compact(config), 1, 60, TimeUnit.MINUTES);
        scheduler.scheduleWithFixedDelay(this::dropDeletedModels, 30, 30, TimeUnit.SECONDS);
        registration = context.registerService(MonitorService.class, monitor, null);
    }

    private void connect(Map<String, String> settings) {
        try {
            DeviceConnector.Connection opened = connector.connect(settings, batcher);
            connection = opened;
            monitor.sendThrough(opened::sendStatus);
            monitor.connectedWhen(opened::isConnected);
        } catch (BrokerRefusedException e) {
            // wrong credentials do not fix themselves: one line every 5 min, not a storm of refused connections
            LOG.error("{}; trying again in 5 min", e.getMessage());
            scheduler.schedule(() -> connect(settings), 5, TimeUnit.MINUTES);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.error("{}; trying again in 10 s", e.getMessage());
            scheduler.schedule(() -> connect(settings), 10, TimeUnit.SECONDS);
        }
    }

    private void dropDeletedModels() {
        try {
            monitor.dropDeletedModels();
        } catch (RuntimeException e) {
            LOG.error("Cannot look for deleted detector models: {}", e.getMessage());
        }
    }

    private void compact(MonitorConfig config) {
        try {
            int compacted = monitor.stores().samples().compact(Instant.now().minus(config.retention()));
            LOG.info("Retention: {} samples older than {} became minute averages", compacted, config.retention());
        } catch (RuntimeException e) {
            LOG.error("Retention of monitoring samples failed: {}", e.getMessage());
        }
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (connection != null) {
            connection.close();
        }
        if (batcher != null) {
            batcher.close();
        }
        if (monitor != null) {
            monitor.close();
        }
        if (broker != null) {
            broker.close();
        }
    }
}
