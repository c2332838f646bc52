package io.batterylab.core.detection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A ready detector: trained, or (for rule detectors) configured. Safe to call from several threads. */
public interface DetectorModel {
    /** The id of the {@link Detector} that made this model. */
    String detectorId();

    /** The settings it was made with. */
    Record settings();

    /**
     * Assesses one window laid out as the detector's {@link Detector#window()} says.
     *
     * @throws IllegalArgumentException when a declared channel is missing or the window is too short
     */
    Assessment assess(SampleWindow window);

    /**
     * Assesses several windows, in order; the same as {@link #assess} on each. Models that run a network override it
     * to assess the windows in one batch (evaluation scores millions of windows).
     */
    default List<Assessment> assessAll(List<SampleWindow> windows) {
        return windows.stream().map(this::assess).toList();
    }

    /** Writes everything needed to {@link Detector#load(Path) load} it again into the (existing) directory. */
    void save(Path directory) throws IOException;
}
