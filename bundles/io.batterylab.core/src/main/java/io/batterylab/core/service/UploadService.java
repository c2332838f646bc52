package io.batterylab.core.service;

import io.batterylab.core.model.UploadRecord;
import io.batterylab.core.plugin.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Accepts data files through the data-source plugins. A rejected file leaves nothing behind: no
 * rows, no file, and earlier uploads untouched.
 */
public interface UploadService {
    /**
     * @param originalFileName for display and to pick the data source by extension; never a storage path
     * @throws ImportException when the file is rejected; its report names rows and columns
     */
    UploadRecord upload(long userId, String originalFileName, InputStream content) throws ImportException, IOException;

    List<UploadRecord> list(long userId);

    Optional<UploadRecord> find(long userId, long uploadId);

    /** Deletes the upload, its batteries and its stored file; false when not the user's. */
    boolean delete(long userId, long uploadId) throws IOException;
}
