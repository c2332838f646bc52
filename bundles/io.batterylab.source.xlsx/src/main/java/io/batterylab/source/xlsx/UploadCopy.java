package io.batterylab.source.xlsx;

import io.batterylab.core.plugin.ImportException;
import io.batterylab.source.table.ImportLimitExceededException;
import io.batterylab.source.table.LimitedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The upload in a temporary file. A ZIP archive is read from its end (the central directory), so
 * POI needs random access; from a file it also keeps the archive out of the heap, which reading
 * from a stream would not. The size limit is checked while copying, before any parsing.
 */
final class UploadCopy implements AutoCloseable {
    private final Path file;

    private UploadCopy(Path file) {
        this.file = file;
    }

    static UploadCopy of(InputStream in, long maxBytes) throws ImportException, IOException {
        Path file = Files.createTempFile("batterylab-upload-", ".xlsx");
        try {
            Files.copy(new LimitedInputStream(in, maxBytes), file, StandardCopyOption.REPLACE_EXISTING);
            return new UploadCopy(file);
        } catch (ImportLimitExceededException e) {
            Files.deleteIfExists(file);
            throw new ImportException(e.issue());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
