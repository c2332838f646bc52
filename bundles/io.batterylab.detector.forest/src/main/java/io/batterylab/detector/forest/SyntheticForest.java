package io.batterylab.detector.forest;

import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The forest the product offers by default, shipped in this bundle: trained on synthetic traces only (the real
 * recordings carry no licence for redistribution). Its {@value #MANIFEST} lists the synthetic recordings and the
 * generator seed; docs/benchmarks.md shows how it scores on the real recordings. Rebuild it with
 * {@code batterylab-detect synth} and {@code train} (docs/benchmarks.md gives the commands).
 */
public final class SyntheticForest {
    /** Folder of the model's files, next to this class. */
    static final String RESOURCE = "synthetic/";
    static final String MANIFEST = "manifest.properties";
    private static final List<String> FILES = List.of(DetectorModelFile.NAME, ForestModel.FOREST_FILE, MANIFEST);

    private SyntheticForest() {
    }

    /** @throws IOException when the shipped files are missing or do not load with this detector version */
    public static DetectorModel load(ForestDetector detector) throws IOException {
        Path directory = Files.createTempDirectory("batterylab-synthetic-forest");
        try {
            for (String file : FILES) {
                try (InputStream in = SyntheticForest.class.getResourceAsStream(RESOURCE + file)) {
                    if (in == null) {
                        throw new IOException("the synthetic forest's " + file + " is not in the bundle");
                    }
                    Files.copy(in, directory.resolve(file));
                }
            }
            return detector.load(directory);
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
