package io.batterylab.jobs;

import io.batterylab.core.model.Target;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmNotInstalledException;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.ModelArchiveException;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingRun;
import io.batterylab.storage.StorageConfig;
import io.batterylab.storage.TrainingStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model versions: metadata in the database, files under {@code data/{user}/models/{id}/}. Files are written into a
 * private incoming directory first and moved to their id only after the row exists, so that neither a row without
 * files nor files without a row are left after a failure.
 */
public final class ModelVersions implements ModelVersionService {
    private static final Logger LOG = LoggerFactory.getLogger(ModelVersions.class);
    private final TrainingStore store;
    private final StorageConfig storage;
    private final AlgorithmRegistry algorithms;

    public ModelVersions(TrainingStore store, StorageConfig storage, AlgorithmRegistry algorithms) {
        this.store = store;
        this.storage = storage;
        this.algorithms = algorithms;
    }

    /** Saves the trained model of each target and the metadata as the model version of the user's run. */
    ModelVersion add(long userId, long runId, Map<Target, TrainedModel> models, ModelVersionFiles.Metadata metadata)
            throws IOException {
        Path incoming = ModelVersionFiles.incoming(modelsRoot(userId), runWriter(runId));
        try {
            for (Map.Entry<Target, TrainedModel> model : models.entrySet()) {
                Path directory = ModelVersionFiles.modelDirectory(incoming, metadata.target(), model.getKey());
                model.getValue().save(Files.createDirectories(directory));
            }
            ModelVersionFiles.writeMetadata(incoming, metadata);
            return register(userId, incoming, metadata);
        } finally {
            ModelVersionFiles.deleteTree(incoming);
        }
    }

    private ModelVersion register(long userId, Path incoming, ModelVersionFiles.Metadata metadata) throws IOException {
        ModelVersion version = store.addModelVersion(ModelVersionFiles.toModelVersion(userId, metadata));
        try {
            ModelVersionFiles.place(incoming, storage.modelDirectory(userId, version.id()));
            return version;
        } catch (IOException | RuntimeException e) {
            store.deleteModelVersion(userId, version.id());
            throw e;
        }
    }

    @Override
    public List<ModelVersion> list(long userId) {
        return store.modelVersions(userId);
    }

    @Override
    public Optional<ModelVersion> find(long userId, long modelVersionId) {
        return store.findModelVersion(userId, modelVersionId);
    }

    @Override
    public TrainedModel load(long userId, long modelVersionId) throws IOException {
        ModelVersion version = require(userId, modelVersionId);
        if (version.targets().size() != 1) {
            throw new IllegalArgumentException("model version " + modelVersionId + " predicts " + version.target().label()
                    + ": load the model of one target");
        }
        return load(version, version.targets().get(0));
    }

    @Override
    public TrainedModel load(long userId, long modelVersionId, Target target) throws IOException {
        return load(require(userId, modelVersionId), target);
    }

    private TrainedModel load(ModelVersion version, Target target) throws IOException {
        long modelVersionId = version.id();
        Path directory = ModelVersionFiles.modelDirectory(storage.modelDirectory(version.userId(), modelVersionId),
                version.target(), target);
        if (!Files.isDirectory(directory)) {
            throw new IOException("the " + target.key() + " model of model version " + modelVersionId + " is missing");
        }
        Algorithm algorithm = algorithms.find(version.algorithmId()).orElseThrow(() -> new AlgorithmNotInstalledException(
                version.algorithmId(), "model version " + modelVersionId + " was trained with it; install its plugin "
                        + "again to use this model version"));
        if (!algorithm.version().equals(version.algorithmVersion())) {
            LOG.warn("model version {} was made by {} {}, loading with {}", modelVersionId, version.algorithmId(),
                    version.algorithmVersion(), algorithm.version());
        }
        return algorithm.load(directory);
    }

    @Override
    public void export(long userId, long modelVersionId, OutputStream out) throws IOException {
        require(userId, modelVersionId);
        ModelVersionFiles.export(storage.modelDirectory(userId, modelVersionId), out);
    }

    @Override
    public ModelVersion importArchive(long userId, InputStream in) throws IOException {
        Path incoming = ModelVersionFiles.incoming(modelsRoot(userId), "import");
        try {
            ModelVersionFiles.unpack(in, incoming);
            ModelVersionFiles.Metadata metadata = ModelVersionFiles.readMetadata(incoming);
            for (Target target : metadata.target().targets()) {
                if (!Files.isDirectory(ModelVersionFiles.modelDirectory(incoming, metadata.target(), target))) {
                    throw new ModelArchiveException("the archive of a model version of both targets has no "
                            + target.key() + "/ directory");
                }
            }
            // imported: not linked to a run of this database
            ModelVersionFiles.Metadata imported = metadata.imported();
            ModelVersionFiles.writeMetadata(incoming, imported);
            return register(userId, incoming, imported);
        } finally {
            ModelVersionFiles.deleteTree(incoming);
        }
    }

    @Override
    public boolean delete(long userId, long modelVersionId) {
        if (!store.deleteModelVersion(userId, modelVersionId)) {
            return false;
        }
        ModelVersionFiles.deleteTree(storage.modelDirectory(userId, modelVersionId));
        return true;
    }

    private ModelVersion require(long userId, long modelVersionId) throws IOException {
        ModelVersion version = store.findModelVersion(userId, modelVersionId)
                .orElseThrow(() -> new IllegalArgumentException("model version " + modelVersionId + " does not exist or is not yours"));
        if (!Files.isDirectory(storage.modelDirectory(userId, modelVersionId))) {
            throw new IOException("the files of model version " + modelVersionId + " are missing");
        }
        return version;
    }

    /**
     * After the job's worker was lost (killed, or cut off longer than the heartbeat timeout): removes what its
     * unfinished runs left behind, a half-written incoming directory or a model version stored but never attached to
     * its run. Model versions of succeeded runs stay.
     */
    void discardUnfinished(TrainingJob job) {
        for (TrainingRun run : job.runs()) {
            if (run.status() == JobStatus.SUCCEEDED) {
                continue;
            }
            ModelVersionFiles.deleteIncoming(modelsRoot(job.userId()), runWriter(run.id()));
            store.modelVersions(job.userId()).stream().filter(v -> Long.valueOf(run.id()).equals(v.runId()))
                    .forEach(v -> {
                        LOG.warn("removing model version {} of unfinished run {}", v.id(), run.id());
                        delete(job.userId(), v.id());
                    });
        }
    }

    private static String runWriter(long runId) {
        return "run-" + runId;
    }

    private Path modelsRoot(long userId) {
        return storage.userDirectory(userId).resolve("models");
    }
}
