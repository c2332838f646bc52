package io.batterylab.data.internal;

import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.data.BuiltInDataLoader;
import io.batterylab.sample.SampleDataSet;
import io.batterylab.storage.BatteryStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Offers loading of the shipped synthetic cells (the io.batterylab.sample bundle's data). */
@Component(service = BuiltInDataService.class)
public class BuiltInDataComponent extends BuiltInDataLoader {
    @Activate
    public BuiltInDataComponent(@Reference BatteryStore store) {
        super(store, () -> SampleDataSet.bundled().load());
    }
}
