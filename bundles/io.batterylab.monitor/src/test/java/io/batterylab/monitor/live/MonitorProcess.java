package io.batterylab.monitor.live;

import io.batterylab.storage.StorageConfig;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link MonitorProcessMain} in a JVM of its own, on the test's class path; its output goes to a file. */
final class MonitorProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path output;
    private final Path samples;

    private MonitorProcess(String name, Process process, Path output, Path samples) {
        this.name = name;
        this.process = process;
        this.output = output;
        this.samples = samples;
    }

    static MonitorProcess start(String name, Path dir, StorageConfig store, String brokerUri, String group)
            throws IOException {
        Path output = dir.resolve(name + ".out");
        Path samples = dir.resolve(name + ".samples");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), MonitorProcessMain.class.getName(),
                dir.resolve(name + "-home").toString(), store.dbUrl(), store.dbUser(), store.dbPassword(), brokerUri,
                name, group, samples.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        return new MonitorProcess(name, process, output, samples);
    }

    /** Waits until it is subscribed. */
    void awaitReady(int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!Files.readString(output).contains("READY")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("monitor process " + name + " did not get ready: " + Files.readString(output));
            }
            Thread.sleep(100);
        }
    }

    /** Stops it as an operator would (clean shutdown) and waits for it to end. */
    void stop() throws IOException, InterruptedException {
        try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write("stop\n");
        }
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("monitor process " + name + " did not stop cleanly: " + Files.readString(output));
        }
    }

    /** The samples it processed: {@code device,deviceTimeMs,receivedMs,modelStatus} lines. */
    List<String> samples() throws IOException {
        return Files.readAllLines(samples);
    }

    /** The warnings and errors it logged. */
    List<String> problems() throws IOException {
        return Files.readAllLines(output).stream().filter(l -> l.contains("WARN") || l.contains("ERROR")).toList();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
