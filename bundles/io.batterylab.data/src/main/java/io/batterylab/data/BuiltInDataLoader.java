package io.batterylab.data;

import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.core.service.Progress;
import io.batterylab.storage.BatteryStore;
import java.io.IOException;
import java.util.List;

/** Puts the shipped synthetic cells into the database once; every later call sees them there. */
public class BuiltInDataLoader implements BuiltInDataService {
    /** Reads the shipped set; IOException when the bundle's data file cannot be read. */
    @FunctionalInterface
    public interface SampleSet {
        List<ImportedBattery> read() throws IOException;
    }

    private static final System.Logger LOG = System.getLogger(BuiltInDataLoader.class.getName());

    private final BatteryStore store;
    private final SampleSet sampleSet;

    public BuiltInDataLoader(BatteryStore store, SampleSet sampleSet) {
        this.store = store;
        this.sampleSet = sampleSet;
    }

    @Override
    public boolean isLoaded() {
        return store.builtInLoaded();
    }

    @Override
    public synchronized int ensureLoaded(Progress progress) throws IOException {
        if (store.builtInLoaded()) {
            return 0;
        }
        progress.worked(0, 2, "Reading the built-in synthetic cells");
        List<ImportedBattery> cells = sampleSet.read();
        progress.worked(1, 2, "Storing " + cells.size() + " cells");
        long start = System.nanoTime();
        boolean stored = store.loadBuiltIn(cells, true);
        progress.worked(2, 2, "Built-in cells ready");
        if (!stored) {
            return 0; // another process loaded them meanwhile
        }
        LOG.log(System.Logger.Level.INFO, "loaded {0} built-in synthetic cells in {1} ms", cells.size(),
                (System.nanoTime() - start) / 1_000_000);
        return cells.size();
    }
}
