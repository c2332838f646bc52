package io.batterylab.monitor;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.SampleWindow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assesses the windows of many due samples together: one {@link DetectorModel#assessAll} per detector model (a trained
 * model is shared by all of its user's devices, so a sequence model runs one forward pass for all of them) instead of
 * one {@link DetectorModel#assess} per window. The answers are the same as assessing each window alone: when a batch
 * fails (e.g. one device's window lacks a channel the model reads), its windows are assessed one by one, and a window
 * the model cannot read gets no assessment from it, as before.
 */
final class DetectorBatch {
    private static final Logger LOG = LoggerFactory.getLogger(DetectorBatch.class);

    private DetectorBatch() {
    }

    /** A window of one due sample for one of its detectors. */
    private record Slot(int sample, int detector, SampleWindow window) {
    }

    /**
     * @return for each due sample, one assessment per enabled detector (null where it made none), in their order
     */
    static List<Assessment[]> assess(List<DueSample> due) {
        List<Assessment[]> results = new ArrayList<>(due.size());
        Map<DetectorModel, List<Slot>> byModel = new IdentityHashMap<>();
        for (int i = 0; i < due.size(); i++) {
            DueSample sample = due.get(i);
            results.add(new Assessment[sample.windows().size()]);
            for (int d = 0; d < sample.windows().size(); d++) {
                SampleWindow window = sample.windows().get(d);
                if (window != null) {
                    byModel.computeIfAbsent(sample.detectors().get(d).model(), m -> new ArrayList<>())
                            .add(new Slot(i, d, window));
                }
            }
        }
        byModel.forEach((model, slots) -> {
            Assessment[] assessed = assessAll(model, slots, due);
            for (int k = 0; k < slots.size(); k++) {
                results.get(slots.get(k).sample())[slots.get(k).detector()] = assessed[k];
            }
        });
        return results;
    }

    private static Assessment[] assessAll(DetectorModel model, List<Slot> slots, List<DueSample> due) {
        if (slots.size() > 1) {
            try {
                return model.assessAll(slots.stream().map(Slot::window).toList()).toArray(Assessment[]::new);
            } catch (RuntimeException e) {
                LOG.debug("Detector {} cannot assess a batch of {} windows ({}); assessing them one by one",
                        model.detectorId(), slots.size(), e.getMessage());
            }
        }
        Assessment[] one = new Assessment[slots.size()];
        Arrays.setAll(one, k -> assessOne(model, slots.get(k), due));
        return one;
    }

    private static Assessment assessOne(DetectorModel model, Slot slot, List<DueSample> due) {
        try {
            return model.assess(slot.window());
        } catch (RuntimeException e) {
            // a detector that cannot read this device's window (e.g. a channel it lacks) must not stop the others
            LOG.debug("Detector {} cannot assess device {}: {}", due.get(slot.sample()).detectors()
                    .get(slot.detector()).id(), due.get(slot.sample()).sample().deviceId(), e.getMessage());
            return null;
        }
    }
}
