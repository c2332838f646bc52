package io.batterylab.core.detection;

import java.util.List;

/**
 * Training data of a detector: windows and whether each precedes a runaway rise (true = positive).
 */
public record LabelledWindows(List<SampleWindow> windows, List<Boolean> runaway) {
    public LabelledWindows {
        windows = List.copyOf(windows);
        runaway = List.copyOf(runaway);
        if (windows.size() != runaway.size()) {
            throw new IllegalArgumentException(windows.size() + " windows but " + runaway.size() + " labels");
        }
    }

    public int size() {
        return windows.size();
    }

    public long positives() {
        return runaway.stream().filter(Boolean::booleanValue).count();
    }
}
