package io.batterylab.sample.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The 124 cells: lives spread like the real set, policies like the real set's, tied together so that more
 * stressful charging goes with shorter life, and the real split sizes.
 */
final class CellPopulation {
    static final int CELL_COUNT = 124;
    static final int TRAIN_CELLS = 41;
    static final int TEST_CELLS = 43;
    static final int SECONDARY_TEST_CELLS = 40;

    /**
     * Quantiles (p = 0, 0.05, ..., 1) of the cycle lives of the 124 real cells (Attia et al. table 9, read once
     * while developing, numpy linear interpolation), with the extremes 148 and 2237 set to 150 and 2235 to stay
     * inside the 150-2300 of the specification and the 148-2235 rows of the processed set. The real lives are
     * far from log-normal (a cluster at 450-550 from one batch, a tail to 2237): resampling quantiles keeps that.
     */
    static final QuantileTable CYCLE_LIFE = new QuantileTable(new double[] {150, 446.0, 462.3, 477.4, 487.0, 498.8,
        518.4, 559.1, 638.4, 703.4, 736.5, 793.2, 828.0, 858.0, 876.4, 946.5, 1021.4, 1069.1, 1155.7, 1698.3, 2235});

    /**
     * Spread of the noise added to a cell's life rank (0..1) before policies are handed out by stress: 0 would tie
     * life to the policy perfectly; 0.3 gives a rank correlation of about -0.7 between life and rms C-rate,
     * stronger than the real set's (-0.5), where batch effects blur it.
     */
    static final double COUPLING_NOISE = 0.3;

    private CellPopulation() {
    }

    static List<CellParameters> sample(long seed) {
        Random random = new Random(seed);
        int[] lives = Arrays.stream(CYCLE_LIFE.stratifiedSample(CELL_COUNT, random)).mapToInt(v -> (int) Math.round(v))
                .toArray();
        shuffle(lives, random);
        PolicySampler policySampler = new PolicySampler(random);
        List<ChargingPolicy> policies = Arrays.stream(PolicySampler.MINUTES_TO_80_PERCENT.stratifiedSample(CELL_COUNT, random))
                .mapToObj(policySampler::policyFor).sorted(Comparator.comparingDouble(ChargingPolicy::rmsRate).reversed())
                .toList();
        ChargingPolicy[] policyOfCell = new ChargingPolicy[CELL_COUNT];
        List<Integer> byNoisyLife = noisyLifeOrder(lives, random);
        for (int i = 0; i < CELL_COUNT; i++) {
            policyOfCell[byNoisyLife.get(i)] = policies.get(i);
        }
        List<String> splits = splits(random);
        CellParameterSampler sampler = new CellParameterSampler(random);
        List<CellParameters> cells = new ArrayList<>();
        for (int i = 0; i < CELL_COUNT; i++) {
            cells.add(sampler.sample(String.format(Locale.ROOT, "SYN-%03d", i + 1), splits.get(i), policyOfCell[i], lives[i]));
        }
        return cells;
    }

    /** Cell indices ordered by life rank plus noise: the shortest-lived (noisily) first. */
    private static List<Integer> noisyLifeOrder(int[] lives, Random random) {
        Integer[] byLife = IntStream.range(0, lives.length).boxed().sorted(Comparator.comparingInt(i -> lives[i]))
                .toArray(Integer[]::new);
        double[] score = new double[lives.length];
        for (int rank = 0; rank < byLife.length; rank++) {
            score[byLife[rank]] = (rank + 0.5) / lives.length + COUPLING_NOISE * random.nextGaussian();
        }
        return IntStream.range(0, lives.length).boxed().sorted(Comparator.comparingDouble(i -> score[i])).toList();
    }

    private static List<String> splits(Random random) {
        List<String> splits = new ArrayList<>();
        splits.addAll(Collections.nCopies(TRAIN_CELLS, "train"));
        splits.addAll(Collections.nCopies(TEST_CELLS, "test"));
        splits.addAll(Collections.nCopies(SECONDARY_TEST_CELLS, "secondary_test"));
        Collections.shuffle(splits, random);
        return splits;
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
