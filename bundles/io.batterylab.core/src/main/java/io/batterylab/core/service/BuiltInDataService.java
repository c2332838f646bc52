package io.batterylab.core.service;

import java.io.IOException;

/** The shipped synthetic 124-cell set, loaded into the database on first start. */
public interface BuiltInDataService {
    /** True once the built-in cells are in the database. */
    boolean isLoaded();

    /**
     * Loads the built-in cells unless they are already there; safe to call any number of times and
     * from several processes sharing one database.
     *
     * @return the number of cells inserted by this call (0 when already loaded)
     */
    int ensureLoaded(Progress progress) throws IOException;
}
