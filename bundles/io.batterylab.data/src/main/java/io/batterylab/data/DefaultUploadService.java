package io.batterylab.data;

import io.batterylab.core.model.UploadRecord;
import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.plugin.DataSource;
import io.batterylab.core.plugin.DataSourceRegistry;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedData;
import io.batterylab.core.service.UploadService;
import io.batterylab.storage.BatteryStore;
import io.batterylab.storage.FileTrees;
import io.batterylab.storage.StorageConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Accepts a file: picks the data source by extension, keeps the bytes in a private incoming file
 * while the source validates them, stores rows and record in one transaction, and only then files
 * the original under data/{user}/uploads/{id}/. Any failure removes what this upload wrote, so a
 * rejected file leaves nothing behind and earlier uploads are never touched.
 */
public class DefaultUploadService implements UploadService {
    private static final System.Logger LOG = System.getLogger(DefaultUploadService.class.getName());

    private final DataSourceRegistry sources;
    private final BatteryStore store;
    private final StorageConfig storage;
    private final ImportLimits limits;

    public DefaultUploadService(DataSourceRegistry sources, BatteryStore store, StorageConfig storage, ImportLimits limits) {
        this.sources = sources;
        this.store = store;
        this.storage = storage;
        this.limits = limits;
    }

    @Override
    public UploadRecord upload(long userId, String originalFileName, InputStream content) throws ImportException, IOException {
        String name = UploadFileName.displayName(originalFileName);
        Path incoming = receive(userId, content);
        try {
            DataSource source = sources.forFile(name, head(incoming)).orElseThrow(() -> unsupported(name));
            ImportedData data;
            try (InputStream in = Files.newInputStream(incoming)) {
                data = source.read(in, name, limits);
            }
            if (data.batteries().isEmpty()) {
                throw new ImportException(ValidationIssue.error(null, null, name + " holds no battery rows"));
            }
            UploadRecord record = store.storeUpload(userId, name, source.id(), data);
            file(userId, record, incoming, name);
            LOG.log(System.Logger.Level.INFO, "user {0} uploaded {1}: {2} batteries, {3} rows", userId, name,
                    record.batteryCount(), record.rowCount());
            return record;
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(DataSource.HEAD_BYTES);
        }
    }

    /** Copies the stream to a private file, refusing more than the size limit. */
    private Path receive(long userId, InputStream content) throws IOException, ImportException {
        Path dir = storage.userDirectory(userId).resolve("uploads");
        Files.createDirectories(dir);
        Path incoming = dir.resolve(".incoming-" + UUID.randomUUID());
        try (InputStream limited = content) {
            long size = copyAtMost(limited, incoming, limits.maxBytes());
            if (size > limits.maxBytes()) {
                Files.deleteIfExists(incoming);
                throw new ImportException(ValidationIssue.error(null, null, "file is larger than the limit of "
                        + limits.maxBytes() / (1024 * 1024) + " MB"));
            }
            if (size == 0) {
                Files.deleteIfExists(incoming);
                throw new ImportException(ValidationIssue.error(null, null, "file is empty"));
            }
        } catch (IOException e) {
            Files.deleteIfExists(incoming);
            throw e;
        }
        return incoming;
    }

    /** Copies up to max + 1 bytes, so that a too-large file is seen without reading all of it. */
    private static long copyAtMost(InputStream in, Path target, long max) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    return total;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private void file(long userId, UploadRecord record, Path incoming, String name) throws IOException {
        Path dir = storage.uploadDirectory(userId, record.id());
        try {
            Files.createDirectories(dir);
            String ext = UploadFileName.extension(name);
            Files.move(incoming, dir.resolve(ext.isEmpty() ? "original" : "original." + ext),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            store.deleteUpload(userId, record.id());
            FileTrees.delete(dir);
            throw new IOException("could not store the uploaded file; the upload was undone: " + e.getMessage(), e);
        }
    }

    @Override
    public List<UploadRecord> list(long userId) {
        return store.uploads(userId);
    }

    @Override
    public Optional<UploadRecord> find(long userId, long uploadId) {
        return store.findUpload(userId, uploadId);
    }

    @Override
    public boolean delete(long userId, long uploadId) throws IOException {
        if (!store.deleteUpload(userId, uploadId)) {
            return false;
        }
        FileTrees.delete(storage.uploadDirectory(userId, uploadId));
        return true;
    }

    private ImportException unsupported(String name) {
        String known = sources.all().stream().flatMap(s -> s.fileExtensions().stream()).distinct().sorted()
                .collect(Collectors.joining(", "));
        String ext = UploadFileName.extension(name);
        return new ImportException(ValidationIssue.error(null, null, "no data source reads "
                + (ext.isEmpty() ? "files without an extension" : "." + ext + " files") + "; supported: " + known));
    }
}
