package io.batterylab.export.internal;

import io.batterylab.core.plugin.ExporterRegistry;
import io.batterylab.core.service.ExportService;
import io.batterylab.core.service.ReportSource;
import io.batterylab.export.DefaultExportService;
import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcExportStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * OSGi glue: offers the export service over the exporter registry and every {@link ReportSource} present (test
 * jobs, training jobs, ... come and go with their bundles), storing in the shared database and workspace.
 */
@Component(immediate = true)
public final class ExportServiceComponent {
    private final List<ReportSource> sources = new CopyOnWriteArrayList<>();
    private final ServiceRegistration<ExportService> registration;

    @Activate
    public ExportServiceComponent(BundleContext context, @Reference Database database,
            @Reference ExporterRegistry exporters) {
        registration = context.registerService(ExportService.class, new DefaultExportService(
                new JdbcExportStore(database.dataSource()), database.config(), exporters, () -> sources), null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(ReportSource source) {
        sources.add(source);
    }

    void removeSource(ReportSource source) {
        sources.remove(source);
    }
}
