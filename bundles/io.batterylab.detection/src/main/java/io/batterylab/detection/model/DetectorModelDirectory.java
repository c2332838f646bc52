package io.batterylab.detection.model;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorModelFile;
import io.batterylab.core.detection.DetectorModelManifest;
import io.batterylab.core.detection.DetectorNotInstalledException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One detector model on disk, the format that {@code batterylab-detect train --out} writes and the per-user store
 * keeps: the detector's own files with its {@value DetectorModelFile#NAME} (id, version, settings), plus
 * {@value #MANIFEST} (when it was made, the recordings it was trained on, its evaluation figures).
 */
public final class DetectorModelDirectory {
    public static final String MANIFEST = "manifest.properties";

    private DetectorModelDirectory() {
    }

    /** Writes the model and its manifest into the (existing, empty) directory. */
    public static DetectorModelManifest write(Path directory, DetectorModel model, Detector detector,
            List<String> trainedOn, Map<String, String> evaluation) throws IOException {
        if (!detector.id().equals(model.detectorId())) {
            throw new IllegalArgumentException("model of detector '" + model.detectorId() + "' given with detector '"
                    + detector.id() + "'");
        }
        model.save(directory);
        Properties properties = new Properties();
        Instant created = Instant.now();
        properties.setProperty("created", created.toString());
        properties.setProperty("trained.count", Integer.toString(trainedOn.size()));
        for (int i = 0; i < trainedOn.size(); i++) {
            properties.setProperty("trained." + i, trainedOn.get(i));
        }
        evaluation.forEach((name, value) -> properties.setProperty("evaluation." + name, value));
        try (Writer out = Files.newBufferedWriter(directory.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            properties.store(out, "BatteryLab detector model: training and evaluation");
        }
        return readManifest(directory);
    }

    /** @throws IOException naming the file when a manifest is missing or damaged */
    public static DetectorModelManifest readManifest(Path directory) throws IOException {
        Properties detector = DetectorModelFile.properties(directory.resolve(DetectorModelFile.NAME));
        Properties manifest = DetectorModelFile.properties(directory.resolve(MANIFEST));
        String id = detector.getProperty("detector.id");
        String version = detector.getProperty("detector.version");
        if (id == null || version == null) {
            throw new IOException(directory.resolve(DetectorModelFile.NAME) + " names no detector id and version");
        }
        Map<String, String> settings = new TreeMap<>();
        Map<String, String> evaluation = new TreeMap<>();
        detector.stringPropertyNames().stream().filter(k -> k.startsWith("settings."))
                .forEach(k -> settings.put(k.substring("settings.".length()), detector.getProperty(k)));
        manifest.stringPropertyNames().stream().filter(k -> k.startsWith("evaluation."))
                .forEach(k -> evaluation.put(k.substring("evaluation.".length()), manifest.getProperty(k)));
        try {
            int count = Integer.parseInt(manifest.getProperty("trained.count", ""));
            List<String> trainedOn = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                trainedOn.add(required(manifest, "trained." + i));
            }
            return new DetectorModelManifest(id, version, settings, trainedOn, evaluation,
                    Instant.parse(required(manifest, "created")));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IOException(directory.resolve(MANIFEST) + " is damaged: " + e.getMessage(), e);
        }
    }

    /**
     * Loads the model with the detector that made it.
     *
     * @param expected the detector the caller means, or null for whichever made it
     * @throws DetectorNotInstalledException when the detector that made it is not installed
     * @throws IOException when the model is missing or corrupt, or made by another detector than {@code expected}
     */
    public static DetectorModel load(Path directory, Function<String, Optional<Detector>> installed, String expected)
            throws IOException {
        String id = DetectorModelFile.properties(directory.resolve(DetectorModelFile.NAME)).getProperty("detector.id");
        if (expected != null && !expected.equals(id)) {
            throw new IOException("model in " + directory + " was made by detector '" + id + "', not '" + expected
                    + "'");
        }
        Detector detector = installed.apply(id == null ? "" : id).orElseThrow(() -> new DetectorNotInstalledException(
                id, "the model in " + directory + " was made with it; install its plugin again to use this model"));
        return detector.load(directory);
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return value;
    }
}
