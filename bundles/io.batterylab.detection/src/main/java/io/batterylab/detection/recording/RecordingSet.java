package io.batterylab.detection.recording;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The usable recordings of a directory ({@code *.csv}, by name) and the files left out with their reasons: one
 * bad file never stops the others.
 */
public record RecordingSet(List<ThermalRecording> recordings, List<RecordingProblem> problems) {
    private static final System.Logger LOG = System.getLogger(RecordingSet.class.getName());

    public RecordingSet {
        recordings = List.copyOf(recordings);
        problems = List.copyOf(problems);
    }

    /** @throws IOException when the directory itself cannot be listed */
    public static RecordingSet read(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> csv = Files.newDirectoryStream(directory, "*.csv")) {
            csv.forEach(files::add);
        }
        files.sort(null);
        List<ThermalRecording> recordings = new ArrayList<>();
        List<RecordingProblem> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try (InputStream in = Files.newInputStream(file)) {
                recordings.add(RecordingReader.read(in, name));
            } catch (RecordingException | IOException e) {
                problems.add(new RecordingProblem(name, e.getMessage()));
                LOG.log(System.Logger.Level.WARNING, "recording {0} left out: {1}", name, e.getMessage());
            }
        }
        return new RecordingSet(recordings, problems);
    }

    public long runawayCount() {
        return recordings.stream().filter(ThermalRecording::runaway).count();
    }
}
