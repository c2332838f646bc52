package io.batterylab.benchmarks.monitor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@link MonitorLoadMain} in its own JVM: commands on its standard input, its answers read back as key=value. */
final class MonitorProcessHandle implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    private final Path log;

    private MonitorProcessHandle(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    static MonitorProcessHandle start(Path dir, String brokerUri, int nodes, Path recordings, int lstmEpochs,
            String heap) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + heap,
                "--enable-native-access=ALL-UNNAMED", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
        String profile = System.getProperty("benchmark.monitorJfr");
        if (profile != null && !profile.isBlank()) {
            command.add("-XX:StartFlightRecording=filename=" + profile + ",settings=profile");
        }
        String jvm = System.getProperty("benchmark.monitorJvm");
        if (jvm != null && !jvm.isBlank()) {
            command.addAll(List.of(jvm.strip().split("\\s+")));
        }
        String workers = System.getProperty("benchmark.monitorWorkers");
        if (workers != null && !workers.isBlank()) {
            command.add("-Dbatterylab.monitor.workers=" + workers.strip());
        }
        String connections = System.getProperty("benchmark.monitorConnections");
        if (connections != null && !connections.isBlank()) {
            command.add("-Dbenchmark.monitorConnections=" + connections.strip());
        }
        String lstmHop = System.getProperty("benchmark.lstmHop");
        if (lstmHop != null && !lstmHop.isBlank()) {
            command.add("-Dbatterylab.monitor.hop.lstm=" + lstmHop.strip());
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MonitorLoadMain.class.getName(),
                dir.resolve("monitor-home").toString(), brokerUri, "" + nodes, recordings.toString(),
                "" + lstmEpochs));
        Path log = dir.resolve("monitor.log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        return new MonitorProcessHandle(process, log);
    }

    long pid() {
        return process.pid();
    }

    /** Waits for READY; returns that line. */
    String awaitReady() throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("READY")) {
                return line;
            }
        }
        throw new IllegalStateException("the monitor process ended before it was ready: " + Files.readString(log));
    }

    /** Sends a command and parses its key=value answer. */
    Map<String, Long> ask(String command) throws IOException {
        in.write(command + "\n");
        in.flush();
        String line = out.readLine();
        if (line == null) {
            throw new IllegalStateException("the monitor process ended: " + Files.readString(log));
        }
        Map<String, Long> values = new HashMap<>();
        for (String part : line.split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
            }
        }
        return values;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            in.write("stop\n");
            in.flush();
        } catch (IOException ended) {
            // already gone
        }
        // draining a backlog, then writing the Flight Recording on exit, takes minutes on a loaded machine
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
