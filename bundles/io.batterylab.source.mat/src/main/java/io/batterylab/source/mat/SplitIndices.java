package io.batterylab.source.mat;

import io.batterylab.core.plugin.ImportException;
import io.batterylab.source.table.IssueLog;
import java.util.LinkedHashMap;
import java.util.Map;

/** The official split of the cells, from the 1-based cell index vectors train_ind, test_ind, secondary_test_ind. */
final class SplitIndices {
    /** Variable name to split label, in the order the splits are reported. */
    static final Map<String, String> VARIABLES = new LinkedHashMap<>();

    static {
        VARIABLES.put("train_ind", "train");
        VARIABLES.put("test_ind", "test");
        VARIABLES.put("secondary_test_ind", "secondary_test");
    }

    private SplitIndices() {
    }

    /** @return the split label of each cell, null for a cell in no split */
    static String[] labels(Map<String, MatArray> variables, int cells, IssueLog log) throws ImportException {
        String[] labels = new String[cells];
        String[] labelledBy = new String[cells];
        int absent = 0;
        for (Map.Entry<String, String> split : VARIABLES.entrySet()) {
            MatArray indices = variables.get(split.getKey());
            if (indices == null) {
                absent++;
                continue;
            }
            if (!indices.isVector() && indices.length() > 0) {
                log.error(null, indices.name(), "is " + indices.size() + "; expected a vector of cell indices");
                continue;
            }
            for (int i = 0; i < indices.length(); i++) {
                double index = indices.get(i);
                if (!Numbers.isWhole(index) || index < 1 || index > cells) {
                    log.error(i + 1, indices.name(), "cell index " + Numbers.show(index) + " is not between 1 and " + cells);
                } else if (labelledBy[(int) index - 1] != null) {
                    log.error(i + 1, indices.name(), "cell " + (int) index + " is already in "
                            + labelledBy[(int) index - 1]);
                } else {
                    labels[(int) index - 1] = split.getValue();
                    labelledBy[(int) index - 1] = indices.name();
                }
            }
        }
        if (absent == VARIABLES.size()) {
            log.warn(null, null, "the file has no split indices (train_ind, test_ind, secondary_test_ind)");
        }
        return labels;
    }
}
