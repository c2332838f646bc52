package io.batterylab.test.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The firmware's node simulator {@code btr-node-sim} ({@code firmware/README.md}), run as a process. It is built
 * with CMake into {@code firmware/build-host} when missing (the firmware module builds after the Java modules);
 * without CMake or the libraries the test is skipped, visibly, and fails when {@code CI=true}.
 */
public final class NodeSimulator implements AutoCloseable {
    private final Process process;
    private final Path output;

    private NodeSimulator(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code btr-node-sim} with the arguments; what it prints goes to {@code output}. */
    public static NodeSimulator start(Path output, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(binary().toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            return new NodeSimulator(process, output);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start btr-node-sim", e);
        }
    }

    /** The simulator, built first if needed. */
    public static synchronized Path binary() {
        Path root = SharedData.repositoryRoot();
        if (root == null) {
            return skip("cannot find the repository root (no mvnw above " + Path.of("").toAbsolutePath() + ")");
        }
        Path build = root.resolve("firmware").resolve("build-host");
        Path binary = build.resolve("btr-node-sim");
        if (Files.isExecutable(binary)) {
            return binary;
        }
        try {
            run(build, "cmake", "-S", root.resolve("firmware").resolve("host").toString(), "-B", build.toString(),
                    "-DCMAKE_BUILD_TYPE=Debug");
            run(build, "cmake", "--build", build.toString(), "--target", "btr-node-sim");
        } catch (IOException e) {
            return skip("cannot build btr-node-sim (needs cmake g++ pkg-config libmosquitto-dev "
                    + "nlohmann-json3-dev): " + e.getMessage());
        }
        return Files.isExecutable(binary) ? binary : skip("btr-node-sim was not built at " + binary);
    }

    private static void run(Path directory, String... command) throws IOException {
        Files.createDirectories(directory);
        Path log = directory.resolve("java-test-build.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static Path skip(String message) {
        return Unavailable.skipOrFail(message);
    }

    /**
     * The rows of a recording CSV ({@code Time,...}, seconds in the first column) in [from, to] seconds, written with
     * the header line to {@code file}, for {@code --trace}: the simulator replays that part only.
     */
    public static Path traceSegment(Path recording, double from, double to, Path file) throws IOException {
        List<String> rows = Files.readAllLines(recording);
        List<String> lines = new ArrayList<>();
        lines.add(rows.get(0));
        for (String line : rows.subList(1, rows.size())) {
            double t = Double.parseDouble(line.substring(0, line.indexOf(',')));
            if (t >= from && t <= to) {
                lines.add(line);
            }
        }
        Files.write(file, lines);
        return file;
    }

    /** Everything it printed so far. */
    public String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for it to end by itself ({@code --duration}); false when it did not within the time. */
    public boolean waitFor(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
