package io.batterylab.source.table;

import io.batterylab.core.model.Feature;
import java.util.Objects;

/**
 * What the values of one column are.
 *
 * @param role the kind of column
 * @param feature which feature, only for {@link Role#FEATURE}
 */
public record ColumnMeaning(Role role, Feature feature) {
    public enum Role {
        BATTERY, CYCLE, FEATURE, RUL, PCL,
        /** Discharge capacity Qd in Ah, from which PCL = 1 - Qd / Qnominal. */
        CAPACITY,
        NOMINAL_CAPACITY,
        /** Known to the layout but not imported (e.g. a pandas index or Tmin); no warning. */
        IGNORED
    }

    public static final ColumnMeaning BATTERY = new ColumnMeaning(Role.BATTERY, null);
    public static final ColumnMeaning CYCLE = new ColumnMeaning(Role.CYCLE, null);
    public static final ColumnMeaning RUL = new ColumnMeaning(Role.RUL, null);
    public static final ColumnMeaning PCL = new ColumnMeaning(Role.PCL, null);
    public static final ColumnMeaning CAPACITY = new ColumnMeaning(Role.CAPACITY, null);
    public static final ColumnMeaning NOMINAL_CAPACITY = new ColumnMeaning(Role.NOMINAL_CAPACITY, null);
    public static final ColumnMeaning IGNORED = new ColumnMeaning(Role.IGNORED, null);

    public ColumnMeaning {
        Objects.requireNonNull(role);
        if ((role == Role.FEATURE) != (feature != null)) {
            throw new IllegalArgumentException("a feature column and only a feature column names its feature");
        }
    }

    public static ColumnMeaning of(Feature feature) {
        return new ColumnMeaning(Role.FEATURE, feature);
    }
}
