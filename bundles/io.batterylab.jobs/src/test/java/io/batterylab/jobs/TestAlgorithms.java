package io.batterylab.jobs;

import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.model.Target;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * The algorithms the jobs tests install: {@link MeanAlgorithm} (RUL only and both targets) and {@link LinearAlgorithm}; a test may uninstall one,
 * as removing its plugin jar would.
 */
final class TestAlgorithms implements AlgorithmRegistry {
    private final List<Algorithm> all = new java.util.concurrent.CopyOnWriteArrayList<>(
            List.of(new MeanAlgorithm(), new MeanAlgorithm("mean-both", Set.of(Target.RUL, Target.PCL)),
                    new LinearAlgorithm()));

    void uninstall(String id) {
        all.removeIf(a -> a.id().equals(id));
    }

    @Override
    public List<Algorithm> all() {
        return all;
    }

    @Override
    public Optional<Algorithm> find(String id) {
        return all.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
