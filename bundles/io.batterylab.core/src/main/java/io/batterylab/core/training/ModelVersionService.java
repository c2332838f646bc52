package io.batterylab.core.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/** The user's model versions: listed, loaded for prediction (also after a restart), exported and imported as one archive. */
public interface ModelVersionService {
    /** Newest first. */
    List<ModelVersion> list(long userId);

    Optional<ModelVersion> find(long userId, long modelVersionId);

    /**
     * @throws IOException when the files are missing or damaged
     * @throws AlgorithmNotInstalledException when the algorithm that made it is not installed
     */
    TrainedModel load(long userId, long modelVersionId) throws IOException;

    /** Writes the model version (metadata and files) as one zip archive. */
    void export(long userId, long modelVersionId, OutputStream out) throws IOException;

    /** Reads an archive written by {@link #export} as a new model version of the user. */
    ModelVersion importArchive(long userId, InputStream in) throws IOException;

    boolean delete(long userId, long modelVersionId);
}
