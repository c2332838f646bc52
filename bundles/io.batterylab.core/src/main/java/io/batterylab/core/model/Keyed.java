package io.batterylab.core.model;

import java.util.Arrays;
import java.util.Optional;

/** A value with a stable name used in files, the database and the REST API. */
public interface Keyed {
    String key();

    /** The value whose key equals the given text, ignoring case and surrounding blanks. */
    static <E extends Keyed> Optional<E> byKey(E[] values, String key) {
        String wanted = key.trim();
        return Arrays.stream(values).filter(v -> v.key().equalsIgnoreCase(wanted)).findFirst();
    }
}
