package io.batterylab.detection.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Folds of whole recordings, stratified: the runaway recordings are shuffled (seeded) and dealt round the folds,
 * then the normal ones continue the deal, so every fold tests runaway and normal recordings and no recording
 * has windows on both sides of a split.
 */
public final class GroupedFolds {
    private GroupedFolds() {
    }

    /** Per fold, the indices (into {@code recordings}) of its test recordings. */
    public static List<List<Integer>> stratified(List<PreparedRecording> recordings, int folds, long seed) {
        List<Integer> runaway = new ArrayList<>();
        List<Integer> normal = new ArrayList<>();
        for (int i = 0; i < recordings.size(); i++) {
            (recordings.get(i).runaway() ? runaway : normal).add(i);
        }
        if (folds < 2 || folds > runaway.size() || folds > normal.size()) {
            throw new IllegalArgumentException(folds + " folds need 2 .. min(runaway, normal) recordings; there are "
                    + runaway.size() + " runaway and " + normal.size() + " normal");
        }
        Random random = new Random(seed);
        Collections.shuffle(runaway, random);
        Collections.shuffle(normal, random);
        List<List<Integer>> result = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            result.add(new ArrayList<>());
        }
        int next = 0;
        for (int index : runaway) {
            result.get(next++ % folds).add(index);
        }
        for (int index : normal) {
            result.get(next++ % folds).add(index);
        }
        return result;
    }

    /** The recordings not in {@code test} (indices into {@code recordings}), in their order. */
    public static List<PreparedRecording> others(List<PreparedRecording> recordings, List<Integer> test) {
        List<PreparedRecording> others = new ArrayList<>();
        for (int i = 0; i < recordings.size(); i++) {
            if (!test.contains(i)) {
                others.add(recordings.get(i));
            }
        }
        return others;
    }
}
