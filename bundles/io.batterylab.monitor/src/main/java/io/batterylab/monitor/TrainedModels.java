package io.batterylab.monitor;

import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorModelService;
import io.batterylab.core.detection.StoredDetectorModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The detector models users trained (forest, LSTM, transformer…), as live monitoring runs them: chosen on a device as
 * {@code model:{id}}, looked up among that user's models only, loaded once and shared by all of that user's devices
 * (a {@link DetectorModel} is safe to call from several threads), and forgotten when the user deletes it.
 */
final class TrainedModels {
    static final String PREFIX = "model:";

    /** One of a user's stored models. */
    record Key(long userId, long modelId) {
    }

    private final Supplier<DetectorModelService> service;
    private final Map<Key, DetectorModel> loaded = new ConcurrentHashMap<>();

    TrainedModels(Supplier<DetectorModelService> service) {
        this.service = service;
    }

    /** The model id of a choice like {@code model:7}; empty for a detector id. */
    static OptionalLong modelId(String choice) {
        if (choice == null || !choice.startsWith(PREFIX) || !choice.substring(PREFIX.length()).matches("[1-9]\\d{0,17}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(choice.substring(PREFIX.length())));
    }

    /** How alarms and verdicts name a model: its detector and its number, e.g. {@code forest model #7}. */
    static String name(StoredDetectorModel model) {
        return model.manifest().detectorId() + " model #" + model.id();
    }

    /** The user's model, if the user has one of that id (another user's id is not told apart from none). */
    Optional<StoredDetectorModel> find(long userId, long modelId) {
        DetectorModelService models = service.get();
        return models == null ? Optional.empty() : models.find(userId, modelId);
    }

    List<StoredDetectorModel> list(long userId) {
        DetectorModelService models = service.get();
        return models == null ? List.of() : models.list(userId);
    }

    /**
     * The user's model, loaded once for all of the user's devices.
     *
     * @throws IOException naming the model when the user has no such model (any more) or it cannot be loaded
     */
    DetectorModel load(long userId, long modelId) throws IOException {
        Key key = new Key(userId, modelId);
        DetectorModel known = loaded.get(key);
        if (known != null) {
            return known;
        }
        DetectorModelService models = service.get();
        if (models == null) {
            throw new IOException("detector models are not available (the detection bundle is not running)");
        }
        if (models.find(userId, modelId).isEmpty()) {
            throw new IOException("detector model #" + modelId + " was deleted");
        }
        DetectorModel model = models.load(userId, modelId);
        DetectorModel raced = loaded.putIfAbsent(key, model);
        return raced == null ? model : raced;
    }

    /** Forgets the loaded models their users no longer have; @return those */
    List<Key> forgetDeleted() {
        List<Key> gone = new ArrayList<>();
        for (Key key : List.copyOf(loaded.keySet())) {
            if (find(key.userId(), key.modelId()).isEmpty()) {
                loaded.remove(key);
                gone.add(key);
            }
        }
        return gone;
    }

    /** How many models are loaded now (each once, however many devices run it). */
    int loadedCount() {
        return loaded.size();
    }
}
