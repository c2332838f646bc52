package io.batterylab.ui.training;

import io.batterylab.core.training.TrainingJobSpec;
import java.util.ArrayList;
import java.util.List;

/** The seeds a person types, e.g. "1, 2, 3": one seed runs once, several repeat each algorithm once per seed. */
public final class SeedText {
    private SeedText() {
    }

    /**
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    public static List<Long> parse(String text) {
        List<Long> seeds = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                long seed = Long.parseLong(part);
                if (seeds.contains(seed)) {
                    throw new IllegalArgumentException("seed " + seed + " is given twice");
                }
                seeds.add(seed);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a seed is a whole number, not '" + part + "'");
            }
        }
        if (seeds.isEmpty() || seeds.size() > TrainingJobSpec.MAX_SEEDS) {
            throw new IllegalArgumentException("give 1 to " + TrainingJobSpec.MAX_SEEDS + " seeds, e.g. 1, 2, 3");
        }
        return List.copyOf(seeds);
    }
}
