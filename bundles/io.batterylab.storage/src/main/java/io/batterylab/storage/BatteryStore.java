package io.batterylab.storage;

import io.batterylab.core.model.UploadRecord;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.plugin.ImportedData;
import java.util.List;
import java.util.Optional;

/**
 * Writes battery data: accepted uploads and the built-in cells. Every write is one transaction, so a failure leaves
 * the database as it was. Reading batteries is {@link io.batterylab.core.service.BatteryService}'s job.
 */
public interface BatteryStore {
    /**
     * Stores an upload record with all its batteries and cycle rows, owned by the user.
     *
     * @param originalFileName for display only; cut to 255 characters
     * @param dataSourceId id of the data-source plugin that read the file
     * @throws IllegalArgumentException for data the database cannot hold (e.g. an infinite value); nothing is stored
     * @throws StorageException when the database fails (e.g. a cycle number twice in one battery); nothing is stored
     */
    UploadRecord storeUpload(long userId, String originalFileName, String dataSourceId, ImportedData data);

    /** The user's uploads, oldest first. */
    List<UploadRecord> uploads(long userId);

    /** Empty when the upload does not exist or belongs to another user. */
    Optional<UploadRecord> findUpload(long userId, long uploadId);

    /** Deletes the user's upload with its batteries and cycle rows; false when it is not the user's. */
    boolean deleteUpload(long userId, long uploadId);

    /**
     * Stores the built-in cells (visible to every user) unless they are already stored; safe to call on every start,
     * also from several processes at once.
     *
     * @param synthetic whether the cells are generated data, labelled so everywhere
     * @return true when the cells were stored now, false when they were already there
     */
    boolean loadBuiltIn(List<ImportedBattery> batteries, boolean synthetic);

    boolean builtInLoaded();
}
