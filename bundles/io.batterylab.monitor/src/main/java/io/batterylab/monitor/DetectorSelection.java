package io.batterylab.monitor;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorModelService;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.core.detection.StoredDetectorModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a device's detector choice into running models: installed detectors that need no training run with their
 * default settings (through the {@link DetectorRegistry}); {@code model:{id}} runs one of the device owner's trained
 * detector models (through the {@link DetectorModelService}, loaded once per user). A choice that cannot run is
 * left out with a reason; a trained model that cannot be loaded (deleted, detector uninstalled) is replaced by the
 * threshold detector, so the device is never left unwatched.
 */
public final class DetectorSelection {
    private static final Logger LOG = LoggerFactory.getLogger(DetectorSelection.class);
    /** The node's own rule and the rate of rise, both untrained. */
    public static final List<String> DEFAULT = List.of("threshold", "rise");
    /** What runs instead of a trained model that cannot be loaded. */
    public static final String FALLBACK = "threshold";
    static final int MAX_PER_DEVICE = 10;

    /** The detectors that run on a device, and why any of its choice does not. */
    public record Enabled(List<EnabledDetector> detectors, List<String> problems) {
        public Enabled {
            detectors = List.copyOf(detectors);
            problems = List.copyOf(problems);
        }
    }

    private final DetectorRegistry registry;
    private final TrainedModels trained;

    /** Untrained detectors only (no detector models installed). */
    public DetectorSelection(DetectorRegistry registry) {
        this(registry, () -> null);
    }

    /** @param models the users' detector models, or a supplier of null while none are installed */
    public DetectorSelection(DetectorRegistry registry, Supplier<DetectorModelService> models) {
        this.registry = registry;
        this.trained = new TrainedModels(models);
    }

    /** Whether a device's choice names any trained model. */
    public static boolean choosesTrainedModel(List<String> ids) {
        return ids.stream().anyMatch(id -> TrainedModels.modelId(id).isPresent());
    }

    /** The choice id of one of a user's trained models. */
    public static String modelChoice(long modelId) {
        return TrainedModels.PREFIX + modelId;
    }

    /**
     * Checks a device's detector choice before it is stored: 1 to {@value #MAX_PER_DEVICE} distinct ids, each an
     * installed detector that runs untrained or one of the user's own trained models whose detector is installed.
     *
     * @throws IllegalArgumentException naming the first choice that cannot run (another user's model reads as none)
     */
    public void check(long userId, List<String> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_PER_DEVICE) {
            throw new IllegalArgumentException("detectors: choose 1 to " + MAX_PER_DEVICE + " detector ids, e.g. "
                    + DEFAULT + " or " + modelChoice(1) + " for your trained detector model 1");
        }
        if (ids.stream().distinct().count() < ids.size()) {
            throw new IllegalArgumentException("detectors: an id is given twice in " + ids);
        }
        for (String id : ids) {
            OptionalLong modelId = TrainedModels.modelId(id);
            if (modelId.isPresent()) {
                checkModel(userId, id, modelId.getAsLong());
                continue;
            }
            Optional<Detector> detector = id == null ? Optional.empty() : registry.find(id);
            if (detector.isEmpty()) {
                throw new IllegalArgumentException("detectors: '" + id + "' is not installed; installed: "
                        + registry.all().stream().map(Detector::id).toList() + ", or model:{id} for your trained "
                        + "detector models");
            }
            if (detector.get().needsTrainedModel()) {
                throw new IllegalArgumentException("detectors: '" + id + "' needs a trained model; train one "
                        + "(\"Train detector from recordings…\" or batterylab-detect) and choose it as model:{id}");
            }
        }
    }

    private void checkModel(long userId, String id, long modelId) {
        StoredDetectorModel model = trained.find(userId, modelId).orElseThrow(() -> new IllegalArgumentException(
                "detectors: '" + id + "': you have no detector model " + modelId));
        String detector = model.manifest().detectorId();
        if (registry.find(detector).isEmpty()) {
            throw new IllegalArgumentException("detectors: '" + id + "' was made by detector '" + detector
                    + "', which is not installed");
        }
    }

    /** The detectors a device of the user runs, in the order chosen, with a reason for each choice left out. */
    public Enabled enable(long userId, String deviceId, List<String> ids) {
        List<EnabledDetector> enabled = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean fallback = false;
        for (String id : ids) {
            OptionalLong modelId = TrainedModels.modelId(id);
            if (modelId.isPresent()) {
                Optional<EnabledDetector> model = enableModel(userId, deviceId, id, modelId.getAsLong(), problems);
                model.ifPresent(enabled::add);
                fallback |= model.isEmpty();
                continue;
            }
            Optional<Detector> detector = registry.find(id);
            if (detector.isEmpty()) {
                problems.add("detector " + id + " is not installed; the device runs without it");
            } else if (detector.get().needsTrainedModel()) {
                problems.add("detector " + id + " needs a trained model; the device runs without it");
            } else {
                enabled.add(untrained(detector.get()));
            }
        }
        if (fallback && enabled.stream().noneMatch(d -> d.id().equals(FALLBACK))) {
            registry.find(FALLBACK).ifPresent(threshold -> enabled.add(untrained(threshold)));
        }
        problems.forEach(problem -> LOG.warn("Device {}: {}", deviceId, problem));
        return new Enabled(enabled, problems);
    }

    private Optional<EnabledDetector> enableModel(long userId, String deviceId, String id, long modelId,
            List<String> problems) {
        String fallback = "; the " + FALLBACK + " detector runs instead";
        try {
            DetectorModel model = trained.load(userId, modelId);
            StoredDetectorModel stored = trained.find(userId, modelId)
                    .orElseThrow(() -> new IOException("detector model #" + modelId + " was deleted"));
            Optional<Detector> detector = registry.find(model.detectorId());
            if (detector.isEmpty()) {
                problems.add(id + ": detector '" + model.detectorId() + "' is not installed" + fallback);
                return Optional.empty();
            }
            return Optional.of(new EnabledDetector(TrainedModels.name(stored), model, detector.get().window()));
        } catch (IOException | RuntimeException e) {
            problems.add(id + " cannot run: " + e.getMessage() + fallback);
            return Optional.empty();
        }
    }

    private static EnabledDetector untrained(Detector detector) {
        return new EnabledDetector(detector.id(), detector.train(null, detector.defaultSettings()), detector.window());
    }

    /**
     * Forgets loaded models their users deleted. @return the users whose devices must choose again (their devices
     * running such a model fall back to the threshold detector when they do)
     */
    public List<Long> forgetDeletedModels() {
        return trained.forgetDeleted().stream().map(TrainedModels.Key::userId).distinct().toList();
    }

    /** Models loaded now: each once, however many of its user's devices run it. */
    public int loadedModels() {
        return trained.loadedCount();
    }

    /** What the user can choose for a device: installed untrained detectors, then the user's trained models. */
    public List<DetectorChoice> choices(long userId) {
        List<DetectorChoice> choices = new ArrayList<>();
        for (Detector detector : registry.all()) {
            if (!detector.needsTrainedModel()) {
                choices.add(new DetectorChoice(detector.id(), detector.displayName(), "runs untrained", false));
            }
        }
        for (StoredDetectorModel model : trained.list(userId)) {
            if (registry.find(model.manifest().detectorId()).isPresent()) {
                var manifest = model.manifest();
                choices.add(new DetectorChoice(modelChoice(model.id()), TrainedModels.name(model), "trained on "
                        + manifest.trainedOn().size() + " recordings, " + manifest.created(), true));
            }
        }
        return choices;
    }
}
