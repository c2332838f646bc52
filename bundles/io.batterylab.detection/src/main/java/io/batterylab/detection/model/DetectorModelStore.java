package io.batterylab.detection.model;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorModelService;
import io.batterylab.core.detection.StoredDetectorModel;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The per-user detector models under {@code {data}/{userId}/detectors/{id}/}, each a {@link DetectorModelDirectory}.
 * A model is written into a hidden directory first and then moved into place, so a half-written model is never
 * listed. Paths are built from the numeric ids only.
 */
public class DetectorModelStore implements DetectorModelService {
    private static final System.Logger LOG = System.getLogger(DetectorModelStore.class.getName());
    private static final String INCOMING = ".incoming-";

    private final Path dataDirectory;
    private final Function<String, Optional<Detector>> installed;

    /**
     * @param dataDirectory the workspace's {@code data} directory (users' files are below it by id)
     * @param installed the installed detector of an id, if any (the detector registry's {@code find})
     */
    public DetectorModelStore(Path dataDirectory, Function<String, Optional<Detector>> installed) {
        this.dataDirectory = dataDirectory;
        this.installed = installed;
    }

    @Override
    public synchronized StoredDetectorModel save(long userId, DetectorModel model, Detector detector,
            List<String> trainedOn, Map<String, String> evaluation) throws IOException {
        Path root = root(userId);
        Files.createDirectories(root);
        Path incoming = Files.createTempDirectory(root, INCOMING);
        try {
            DetectorModelDirectory.write(incoming, model, detector, trainedOn, evaluation);
            long id = ids(root).stream().mapToLong(Long::longValue).max().orElse(0) + 1;
            while (true) {
                try {
                    Files.move(incoming, root.resolve(Long.toString(id)), StandardCopyOption.ATOMIC_MOVE);
                    break;
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                    id++; // another process took this id meanwhile (Linux's rename says "directory not empty")
                }
            }
            long stored = id;
            return find(userId, stored).orElseThrow(() -> new IOException("detector model " + stored + " of user "
                    + userId + " cannot be read back"));
        } finally {
            if (Files.exists(incoming)) {
                deleteTree(incoming);
            }
        }
    }

    @Override
    public List<StoredDetectorModel> list(long userId) {
        List<StoredDetectorModel> models = new ArrayList<>();
        try {
            for (long id : ids(root(userId))) {
                find(userId, id).ifPresent(models::add);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot list the detector models of user {0}: {1}", userId,
                    e.getMessage());
        }
        return models;
    }

    @Override
    public Optional<StoredDetectorModel> find(long userId, long id) {
        Path directory = directory(userId, id);
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoredDetectorModel(id, userId, DetectorModelDirectory.readManifest(directory)));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "detector model {0} left out: {1}", directory, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public DetectorModel load(long userId, long id, Detector detector) throws IOException {
        return DetectorModelDirectory.load(existing(userId, id), found -> Optional.of(detector), detector.id());
    }

    @Override
    public DetectorModel load(long userId, long id) throws IOException {
        return DetectorModelDirectory.load(existing(userId, id), installed, null);
    }

    private Path existing(long userId, long id) throws IOException {
        Path directory = directory(userId, id);
        if (!Files.isDirectory(directory)) {
            throw new IOException("user " + userId + " has no detector model " + id);
        }
        return directory;
    }

    @Override
    public synchronized boolean delete(long userId, long id) throws IOException {
        Path directory = directory(userId, id);
        if (!Files.isDirectory(directory)) {
            return false;
        }
        deleteTree(directory);
        return true;
    }

    private Path root(long userId) {
        return dataDirectory.resolve(Long.toString(requireId("user id", userId))).resolve("detectors");
    }

    private Path directory(long userId, long id) {
        return root(userId).resolve(Long.toString(requireId("detector model id", id)));
    }

    private static List<Long> ids(Path root) throws IOException {
        List<Long> ids = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return ids;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.matches("[1-9][0-9]{0,17}") && Files.isDirectory(entry)) {
                    ids.add(Long.parseLong(name));
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    private static long requireId(String what, long id) {
        if (id < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + id);
        }
        return id;
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
