package io.batterylab.storage.internal;

import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.UserService;
import io.batterylab.core.workspace.WorkspaceFolder;
import io.batterylab.core.workspace.WorkspaceLocation;
import io.batterylab.storage.BatteryStore;
import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcBatteryService;
import io.batterylab.storage.JdbcBatteryStore;
import io.batterylab.storage.JdbcTestJobStore;
import io.batterylab.storage.JdbcTrainingStore;
import io.batterylab.storage.JdbcUserService;
import io.batterylab.storage.PasswordHasher;
import io.batterylab.storage.StorageConfigLoader;
import io.batterylab.storage.TestJobStore;
import io.batterylab.storage.TrainingStore;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OSGi glue: opens the database from the workspace configuration and offers the storage services on it, all
 * sharing one connection pool. The services are registered here rather than as components of their own so that
 * none of them can outlive the pool.
 */
@Component(immediate = true)
public final class StorageComponent {
    private static final Logger LOG = LoggerFactory.getLogger(StorageComponent.class);
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private Database database;

    @Activate
    void activate(BundleContext context) {
        try {
            WorkspaceLocation workspace = WorkspaceLocation.resolve();
            WorkspaceFolder.prepare(workspace);
            database = Database.open(StorageConfigLoader.load(workspace, System.getenv()));
        } catch (RuntimeException e) {
            // the component runtime files the failure in the framework log; a command-line user must see it
            LOG.error("{}", e.getMessage());
            throw e;
        }
        DataSource pool = database.dataSource();
        registrations.add(context.registerService(Database.class, database, null));
        registrations.add(context.registerService(UserService.class,
                new JdbcUserService(pool, new PasswordHasher()), null));
        registrations.add(context.registerService(BatteryService.class, new JdbcBatteryService(pool), null));
        registrations.add(context.registerService(BatteryStore.class, new JdbcBatteryStore(pool), null));
        registrations.add(context.registerService(TrainingStore.class, new JdbcTrainingStore(pool), null));
        registrations.add(context.registerService(TestJobStore.class, new JdbcTestJobStore(pool), null));
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        database.close();
    }
}
