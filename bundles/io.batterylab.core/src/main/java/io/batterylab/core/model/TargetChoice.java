package io.batterylab.core.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a training job trains and a model version predicts: RUL, PCL or both. With both, each algorithm trains the
 * targets it supports ({@link io.batterylab.core.training.Algorithm#supportedTargets()}), and the model version
 * predicts those. Stored by {@link #name()}, so rows and files written before "both" existed ({@code RUL},
 * {@code PCL}) read unchanged.
 */
public enum TargetChoice implements Keyed {
    RUL("rul", List.of(Target.RUL)),
    PCL("pcl", List.of(Target.PCL)),
    BOTH("both", List.of(Target.RUL, Target.PCL));

    private final String key;
    private final List<Target> targets;

    TargetChoice(String key, List<Target> targets) {
        this.key = key;
        this.targets = targets;
    }

    @Override
    public String key() {
        return key;
    }

    /** The targets, RUL before PCL. */
    public List<Target> targets() {
        return targets;
    }

    public boolean includes(Target target) {
        return targets.contains(target);
    }

    public String label() {
        return this == BOTH ? Target.RUL.label() + " and " + Target.PCL.label().toLowerCase(java.util.Locale.ROOT)
                : targets.get(0).label();
    }

    /** The unit of each target, e.g. "cycles / fraction" for both. */
    public String unit() {
        return String.join(" / ", targets.stream().map(Target::unit).toList());
    }

    public static TargetChoice of(Target target) {
        return target == Target.RUL ? RUL : PCL;
    }

    /** The choice of exactly these targets. */
    public static TargetChoice of(Collection<Target> targets) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no target");
        }
        return targets.size() == 1 ? of(targets.iterator().next())
                : targets.containsAll(BOTH.targets) ? BOTH : of(targets.iterator().next());
    }

    public static Optional<TargetChoice> byKey(String key) {
        return Keyed.byKey(values(), key);
    }
}
