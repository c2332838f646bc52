package io.batterylab.detector.forest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.tree.LeafNode;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.SplitNode;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.ensemble.WeightedEnsembleModel;

/**
 * A trained forest's trees flattened into primitive arrays, node by node: the {@link WindowFeatures} index a split
 * reads (-1 at a leaf), its threshold, its two children, and whether a leaf votes runaway. The monitor assesses
 * every sample of every device with the forest; Tribuo's {@code predict} builds an example, a sparse vector and a
 * prediction with a score map per tree for it, this walks arrays.
 * <p>
 * Same answer as Tribuo's: a split sends a feature greater than its threshold one way and anything else (NaN too)
 * the other, as {@code SplitNode} does; the risk is the share of trees voting runaway, as the {@code VotingCombiner}
 * of a {@code RandomForestTrainer} ensemble gives it (equal weights 1/n: Σw over the runaway votes / Σw rounds to
 * the same double as votes / n). {@link #of} checks that on probes around the forest's own thresholds and gives no
 * compiled forest for one that answers otherwise.
 */
final class CompiledForest {
    private static final int PROBES = 256;

    private final int[] feature;
    private final double[] threshold;
    private final int[] greater;
    private final int[] lessOrEqual;
    private final boolean[] runaway;
    private final int[] roots;

    private CompiledForest(Flattened nodes, int[] roots) {
        this.feature = nodes.feature.stream().mapToInt(Integer::intValue).toArray();
        this.threshold = nodes.threshold.stream().mapToDouble(Double::doubleValue).toArray();
        this.greater = nodes.greater.stream().mapToInt(Integer::intValue).toArray();
        this.lessOrEqual = nodes.lessOrEqual.stream().mapToInt(Integer::intValue).toArray();
        this.runaway = new boolean[nodes.runaway.size()];
        for (int i = 0; i < runaway.length; i++) {
            runaway[i] = nodes.runaway.get(i);
        }
        this.roots = roots;
    }

    /**
     * @param tribuo the forest's own risk of a feature vector, to check the compiled one against
     * @return the compiled forest, or empty when the model is not an ensemble of trees on {@link WindowFeatures}
     *         or answers a probe otherwise than the compiled one would
     */
    static Optional<CompiledForest> of(Model<Label> forest, ToDoubleFunction<double[]> tribuo) {
        if (!(forest instanceof WeightedEnsembleModel<Label> ensemble)) {
            return Optional.empty();
        }
        List<String> names = Arrays.asList(WindowFeatures.names());
        Flattened nodes = new Flattened();
        int[] roots = new int[ensemble.getNumModels()];
        for (int t = 0; t < roots.length; t++) {
            if (!(ensemble.getModels().get(t) instanceof TreeModel<Label> tree)) {
                return Optional.empty();
            }
            roots[t] = nodes.add(tree, tree.getRoot(), names);
            if (roots[t] < 0) {
                return Optional.empty();
            }
        }
        CompiledForest compiled = new CompiledForest(nodes, roots);
        return compiled.answersAs(tribuo) ? Optional.of(compiled) : Optional.empty();
    }

    /** The share of trees voting runaway for these {@link WindowFeatures} (none NaN: Tribuo refuses those). */
    double runawayShare(double[] features) {
        int votes = 0;
        for (int root : roots) {
            int node = root;
            while (feature[node] >= 0) {
                node = features[feature[node]] > threshold[node] ? greater[node] : lessOrEqual[node];
            }
            if (runaway[node]) {
                votes++;
            }
        }
        return votes / (double) roots.length;
    }

    /** Compares with Tribuo on feature vectors drawn from the forest's thresholds, each nudged or taken as is. */
    private boolean answersAs(ToDoubleFunction<double[]> tribuo) {
        double[] splits = IntStream.range(0, feature.length).filter(i -> feature[i] >= 0)
                .mapToDouble(i -> threshold[i]).toArray();
        if (splits.length == 0) {
            return false;
        }
        Random random = new Random(1);
        double[] probe = new double[WindowFeatures.names().length];
        for (int p = 0; p < PROBES; p++) {
            for (int f = 0; f < probe.length; f++) {
                double split = splits[random.nextInt(splits.length)];
                probe[f] = switch (random.nextInt(3)) {
                    case 0 -> split;
                    case 1 -> Math.nextUp(split);
                    default -> split + random.nextGaussian() * (1 + Math.abs(split));
                };
            }
            if (Double.compare(runawayShare(probe), tribuo.applyAsDouble(probe)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The nodes of all trees as they are added, depth first. */
    private static final class Flattened {
        final List<Integer> feature = new ArrayList<>();
        final List<Double> threshold = new ArrayList<>();
        final List<Integer> greater = new ArrayList<>();
        final List<Integer> lessOrEqual = new ArrayList<>();
        final List<Boolean> runaway = new ArrayList<>();

        /** @return the node's index, or -1 when a split reads a feature that is not a {@link WindowFeatures} one */
        int add(TreeModel<Label> tree, Node<Label> node, List<String> names) {
            int index = feature.size();
            feature.add(-1);
            threshold.add(Double.NaN);
            greater.add(-1);
            lessOrEqual.add(-1);
            runaway.add(false);
            if (node instanceof LeafNode<Label> leaf) {
                runaway.set(index, ForestModel.RUNAWAY.equals(leaf.getOutput().getLabel()));
                return index;
            }
            if (!(node instanceof SplitNode<Label> split)) {
                return -1;
            }
            var info = tree.getFeatureIDMap().get(split.getFeatureID());
            int featureIndex = info == null ? -1 : names.indexOf(info.getName());
            int above = add(tree, split.getGreaterThan(), names);
            int below = above < 0 ? -1 : add(tree, split.getLessThanOrEqual(), names);
            if (featureIndex < 0 || below < 0) {
                return -1;
            }
            feature.set(index, featureIndex);
            threshold.set(index, split.splitValue());
            greater.set(index, above);
            lessOrEqual.set(index, below);
            return index;
        }
    }
}
