package io.batterylab.ml;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.TrainedModel;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A trained network with its description (scalers, settings); owns the native memory of its weights until closed.
 * By default one cycle row gives one prediction; windowed models override {@link #predict}.
 *
 * @param <S> the algorithm's settings record
 */
public class NetworkModel<S extends Record> implements TrainedModel {
    protected final ModelFile<S> description;
    protected final Block network;
    protected final NDManager manager;

    public NetworkModel(ModelFile<S> description, Block network, NDManager manager) {
        this.description = description;
        this.network = network;
        this.manager = manager;
    }

    /** Builds something that owns a new manager; the manager is closed when building fails. */
    @FunctionalInterface
    public interface ManagedBuild<T, E extends Exception> {
        T build(NDManager manager) throws E;
    }

    /**
     * Runs {@code build} with a new manager of the DJL runtime. On success the result owns the manager; on failure
     * the manager (and every array made in it) is closed before the failure is passed on.
     */
    public static <T, E extends Exception> T owning(ManagedBuild<T, E> build) throws E {
        NDManager manager = DjlRuntime.newManager();
        try {
            return build.build(manager);
        } catch (Exception | Error e) {
            manager.close();
            throw e;
        }
    }

    /** How an algorithm wraps a network and its description into its model class. */
    @FunctionalInterface
    public interface Factory<S extends Record, M extends TrainedModel> {
        M create(ModelFile<S> description, Block network, NDManager manager);
    }

    /**
     * Loads the checkpoint of {@code directory} into {@code network}, an uninitialised block of the saved shape.
     *
     * @param factory e.g. {@code NetworkModel::new}
     */
    public static <S extends Record, M extends TrainedModel> M load(ModelFile<S> description, Block network,
            Path directory, Factory<S, M> factory) throws IOException {
        return owning(manager -> {
            ModelFiles.loadParameters(network, manager, directory.resolve(ModelFiles.CHECKPOINT));
            return factory.create(description, network, manager);
        });
    }

    public ModelFile<S> description() {
        return description;
    }

    @Override
    public synchronized double[] predict(BatterySeries series) {
        return Networks.predictCycles(network, manager, series.cycles(), description.features(),
                description.inputScaler(), description.targetScaler());
    }

    /**
     * Predicts ahead the way a network with the cycle number among its inputs can: the cycle input advanced by the
     * horizon, the features held at the row's own cycle. A model whose inputs are not one cycle row overrides this.
     */
    @Override
    public double[] predict(BatterySeries series, int horizon) {
        return predict(horizon == 0 ? series : series.withCyclesAdvanced(horizon));
    }

    @Override
    public synchronized void save(Path directory) throws IOException {
        ModelFiles.saveParameters(network, directory.resolve(ModelFiles.CHECKPOINT));
        description.write(directory);
    }

    @Override
    public synchronized void close() {
        manager.close();
    }
}
