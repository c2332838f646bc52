package io.batterylab.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A {@link WorkerMain} in a JVM of its own, started with this test JVM's class path; its output goes to a file. */
final class WorkerProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final String id;

    private WorkerProcess(Process process, Path log, String id) {
        this.process = process;
        this.log = log;
        this.id = id;
    }

    /**
     * Starts the worker and waits until it works the queue.
     *
     * @param properties system properties of the worker JVM, e.g. its heartbeat settings
     */
    static WorkerProcess start(Path log, Map<String, String> properties, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add(WorkerMain.class.getName());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith(WorkerMain.READY)) {
                    return new WorkerProcess(process, log, line.substring(WorkerMain.READY.length()).trim());
                }
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IOException("worker process did not start:\n" + PrivateMariaDb.tail(log));
    }

    /** The worker id it stores with the jobs it claims. */
    String id() {
        return id;
    }

    /** {@code kill -9}: no shutdown hook, no finally block, no last heartbeat. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Everything it printed so far (its log). */
    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** Closes its standard input, on which it stops its worker and exits. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
