package io.batterylab.detection.model.internal;

import io.batterylab.core.detection.DetectorModelService;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.detection.model.DetectorModelStore;
import io.batterylab.storage.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers the per-user detector models in the workspace's data directory (the same one uploads and models use), loaded
 * with the detectors installed right now.
 */
@Component(service = DetectorModelService.class)
public class DetectorModelStoreComponent extends DetectorModelStore {
    @Activate
    public DetectorModelStoreComponent(@Reference Database database, @Reference DetectorRegistry detectors) {
        super(database.config().dataDirectory(), detectors::find);
    }
}
