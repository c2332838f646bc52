package io.batterylab.sample;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the committed data folder: ./data when run in sample-data/, else sample-data/data above the working dir. */
public final class CommittedData {
    private CommittedData() {
    }

    public static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve(SampleDataFormat.FOLDER),
                dir.resolve("sample-data").resolve(SampleDataFormat.FOLDER)}) {
                if (Files.isRegularFile(candidate.resolve(SampleDataFormat.CELLS_FILE))) {
                    return candidate;
                }
            }
        }
        return fail("no " + SampleDataFormat.FOLDER + "/" + SampleDataFormat.CELLS_FILE + " found from "
                + Path.of("").toAbsolutePath());
    }
}
