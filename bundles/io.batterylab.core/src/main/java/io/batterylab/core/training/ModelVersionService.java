package io.batterylab.core.training;

import io.batterylab.core.model.Target;
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
     * The model of a model version of one target.
     *
     * @throws IOException when the files are missing or damaged
     * @throws AlgorithmNotInstalledException when the algorithm that made it is not installed
     * @throws IllegalArgumentException when it is not the user's, or predicts both targets (load each with
     *     {@link #load(long, long, Target)})
     */
    TrainedModel load(long userId, long modelVersionId) throws IOException;

    /**
     * The model of one target of a model version ({@link ModelVersion#targets()}): for both targets there is one
     * model per target.
     *
     * @throws IllegalArgumentException when it is not the user's or does not predict the target
     */
    TrainedModel load(long userId, long modelVersionId, Target target) throws IOException;

    /** Writes the model version (metadata and files) as one zip archive. */
    void export(long userId, long modelVersionId, OutputStream out) throws IOException;

    /** Reads an archive written by {@link #export} as a new model version of the user. */
    ModelVersion importArchive(long userId, InputStream in) throws IOException;

    boolean delete(long userId, long modelVersionId);
}
