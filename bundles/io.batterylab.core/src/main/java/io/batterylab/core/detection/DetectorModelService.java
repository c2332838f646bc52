package io.batterylab.core.detection;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's detector models, each in its own directory {@code data/{userId}/detectors/{id}/}: the model's files and
 * its manifest. Every call names the user; a model of another user is never listed, found, loaded or deleted.
 */
public interface DetectorModelService {
    /** Saves a model with what is known about its training and evaluation; ids grow from 1 per user. */
    StoredDetectorModel save(long userId, DetectorModel model, Detector detector, List<String> trainedOn,
            Map<String, String> evaluation) throws IOException;

    /** The user's models, by id; directories that are not readable models are left out (and logged). */
    List<StoredDetectorModel> list(long userId);

    Optional<StoredDetectorModel> find(long userId, long id);

    /**
     * Loads one of the user's models with its detector.
     *
     * @throws IOException when the model is missing, corrupt or was made by another detector
     */
    DetectorModel load(long userId, long id, Detector detector) throws IOException;

    /**
     * Loads one of the user's models with the installed detector that made it.
     *
     * @throws DetectorNotInstalledException when that detector is not installed (any more)
     * @throws IOException when the model is missing or corrupt
     */
    DetectorModel load(long userId, long id) throws IOException;

    /** @return false when the user has no such model */
    boolean delete(long userId, long id) throws IOException;
}
