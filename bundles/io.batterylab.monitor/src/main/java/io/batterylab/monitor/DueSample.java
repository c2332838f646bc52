package io.batterylab.monitor;

import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.SensorSample;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * A sample a device's window took, with the window each of its enabled detectors reads (null where a detector has
 * none), to be assessed, alone or in a batch with other devices' samples, and then applied in the device's order.
 *
 * @param windows one per enabled detector, in their order; empty when no detector runs on this sample
 * @param held the detectors (by index) not assessed on this sample because of their evaluation hop: their verdict of
 *        the device's previous sample holds (their window is null)
 */
public record DueSample(SensorSample sample, DeviceWindow.Offer offer, List<EnabledDetector> detectors,
        List<SampleWindow> windows, BitSet held) {
    /** No detector held: shared, never changed nor handed out ({@link #held()} gives a copy). */
    static final BitSet NONE_HELD = new BitSet();

    public DueSample {
        detectors = List.copyOf(detectors);
        windows = Collections.unmodifiableList(new ArrayList<>(windows));
        held = held.isEmpty() ? NONE_HELD : (BitSet) held.clone();
    }

    public DueSample(SensorSample sample, DeviceWindow.Offer offer, List<EnabledDetector> detectors,
            List<SampleWindow> windows) {
        this(sample, offer, detectors, windows, NONE_HELD);
    }

    static DueSample skipped(SensorSample sample, DeviceWindow.Offer offer) {
        return new DueSample(sample, offer, List.of(), List.of());
    }

    @Override
    public BitSet held() {
        return (BitSet) held.clone();
    }

    boolean isHeld(int detector) {
        return held.get(detector);
    }

    /** Whether the detectors run on this sample (its window is full). */
    public boolean assessed() {
        return !windows.isEmpty();
    }
}
