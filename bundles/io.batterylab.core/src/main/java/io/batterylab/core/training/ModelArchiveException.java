package io.batterylab.core.training;

import java.io.IOException;

/**
 * A model-version archive that is refused for what it contains: not a zip, too large when unpacked, too many entries,
 * an entry that leaves its directory, or metadata that do not describe a model version. Nothing of it is kept. The
 * message is written for the person who sent the archive.
 */
public class ModelArchiveException extends IOException {
    private static final long serialVersionUID = 1L;

    public ModelArchiveException(String message) {
        super(message);
    }

    public ModelArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
