package io.batterylab.data.internal;

import io.batterylab.core.plugin.DataSourceRegistry;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.service.UploadService;
import io.batterylab.data.DefaultUploadService;
import io.batterylab.storage.BatteryStore;
import io.batterylab.storage.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Offers the upload service on the workspace's storage and the data-source plugins present. */
@Component(service = UploadService.class)
public class UploadServiceComponent extends DefaultUploadService {
    @Activate
    public UploadServiceComponent(@Reference DataSourceRegistry sources, @Reference BatteryStore store,
            @Reference Database database) {
        super(sources, store, database.config(), ImportLimits.defaults());
    }
}
