package io.batterylab.source.mat;

import io.batterylab.core.model.Feature;
import java.util.List;

/**
 * The row-wise variables of the processed Severson/Wen layout, checked to be of one length.
 *
 * @param featureOrder which feature each column of {@code features} holds
 * @param cellRows Num_Cycles_Flt: how many consecutive rows each cell has
 */
record SeversonColumns(MatArray features, List<Feature> featureOrder, MatArray pcl, MatArray rul, MatArray cycles,
        MatArray cellRows) {
    SeversonColumns {
        featureOrder = List.copyOf(featureOrder);
    }
}
