package io.batterylab.detection.cli;

import io.batterylab.detection.evaluation.EvaluationResult;
import io.batterylab.detection.evaluation.ResultTable;
import io.batterylab.detection.recording.RecordingProblem;
import io.batterylab.detection.recording.RecordingSet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the sub-commands share: reading a recordings directory and reporting an evaluation. */
record Console(PrintStream out) {
    static final String RECORDINGS_FILE = "recordings.csv";
    static final String SUMMARY_FILE = "summary.csv";

    /**
     * The usable recordings of the directory; each file left out is reported with its reason.
     *
     * @throws CommandFailure when the directory cannot be read or holds no usable recording
     */
    RecordingSet recordings(String directory) throws CommandFailure {
        Path path = Path.of(directory);
        if (!Files.isDirectory(path)) {
            throw new CommandFailure("recordings directory " + directory + " does not exist or is not a directory");
        }
        RecordingSet set;
        try {
            set = RecordingSet.read(path);
        } catch (IOException e) {
            throw new CommandFailure("cannot list recordings directory " + directory + ": " + e.getMessage(), e);
        }
        for (RecordingProblem problem : set.problems()) {
            out.println("left out " + problem.file() + ": " + problem.reason());
        }
        if (set.recordings().isEmpty()) {
            throw new CommandFailure("no usable recording (*.csv with header Time,Temperature) in " + directory);
        }
        out.printf("%d recording(s) from %s: %d runaway, %d normal; %d file(s) left out%n", set.recordings().size(),
                directory, set.runawayCount(), set.recordings().size() - set.runawayCount(), set.problems().size());
        return set;
    }

    /** @throws CommandFailure when the --out directory exists and holds anything, or is a file */
    static void requireNewOrEmpty(Path out) throws CommandFailure {
        if (Files.isRegularFile(out)) {
            throw new CommandFailure("--out " + out + " is a file; give a directory");
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new CommandFailure("--out " + out + " is not empty; give a new directory");
                }
            } catch (IOException e) {
                throw new CommandFailure("cannot read --out " + out + ": " + e.getMessage(), e);
            }
        }
    }

    /** The per-recording table and the summary as text; as CSV too when {@code csvDirectory} is set. */
    void report(EvaluationResult result, String csvDirectory) throws CommandFailure {
        out.print(ResultTable.text(result));
        if (csvDirectory == null) {
            return;
        }
        Path dir = Path.of(csvDirectory);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(RECORDINGS_FILE), ResultTable.csv(result));
            Files.writeString(dir.resolve(SUMMARY_FILE), ResultTable.summaryCsv(result.summary()));
        } catch (IOException e) {
            throw new CommandFailure("cannot write the CSV tables to " + csvDirectory + ": " + e.getMessage(), e);
        }
        out.println("CSV: " + dir.resolve(RECORDINGS_FILE) + ", " + dir.resolve(SUMMARY_FILE));
    }
}
