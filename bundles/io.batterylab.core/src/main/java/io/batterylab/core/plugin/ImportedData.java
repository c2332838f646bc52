package io.batterylab.core.plugin;

import io.batterylab.core.model.ValidationReport;
import java.util.List;

/** Everything a data source read from one accepted file, with the warnings it found. */
public record ImportedData(List<ImportedBattery> batteries, ValidationReport report) {
    public ImportedData {
        batteries = List.copyOf(batteries);
    }

    public int rowCount() {
        return batteries.stream().mapToInt(b -> b.cycles().size()).sum();
    }
}
