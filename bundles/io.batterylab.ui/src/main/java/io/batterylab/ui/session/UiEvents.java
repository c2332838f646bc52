package io.batterylab.ui.session;

/** Event-broker topics the parts use to tell each other what changed. */
public final class UiEvents {
    /** Batteries were added or removed (e.g. by an upload). */
    public static final String BATTERIES_CHANGED = "batterylab/batteries/changed";
    public static final String TEST_MODEL_VERSION = "batterylab/ui/testing/modelVersion";

    private UiEvents() {
    }
}
