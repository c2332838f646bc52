package io.batterylab.benchmarks.monitor;

import io.batterylab.test.support.Mosquitto;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load costs before the monitor sees it: a bare subscriber ({@code mosquitto_sub}, C, doing nothing with
 * a message) on the topics of every {@code stride}-th node, recording each message's latency from the generator's
 * {@code timestamp_ms} to its arrival (wall clock). Its percentiles are the generator, the broker and the machine's
 * scheduling alone — the floor under the monitor's sample→verdict latency. Without {@code mosquitto_sub}
 * ({@code apt-get install mosquitto-clients}) it measures nothing and says so.
 */
final class TransportProbe implements AutoCloseable {
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp_ms\":(\\d+)");

    private final LatencyHistogram latencies = new LatencyHistogram();
    private final Process process;

    private TransportProbe(Process process) {
        this.process = process;
        if (process != null) {
            Thread reader = new Thread(this::read, "transport-probe");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Subscribes to the topics of nodes 0, stride, 2·stride, … below {@code nodes} on the broker at {@code port}. */
    static TransportProbe start(int port, int nodes, int stride) throws IOException {
        Path binary = Mosquitto.tool("mosquitto_sub").orElse(null);
        if (binary == null) {
            System.out.println("[benchmark] monitor load: mosquitto_sub is not installed (apt-get install "
                    + "mosquitto-clients); the transport alone is not measured");
            return new TransportProbe(null);
        }
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-h", "127.0.0.1", "-p", "" + port,
                "-F", "%U %p"));
        for (int i = 0; i < nodes; i += stride) {
            command.addAll(List.of("-t", "btr/" + LoadGenerator.deviceId(i) + "/sensor"));
        }
        return new TransportProbe(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                int space = line.indexOf(' ');
                Matcher m = TIMESTAMP.matcher(line);
                if (space > 0 && m.find(space)) {
                    // %U: seconds.nanoseconds of arrival
                    double arrivedMs = Double.parseDouble(line.substring(0, space)) * 1_000;
                    latencies.record(Math.round(arrivedMs - Long.parseLong(m.group(1))));
                }
            }
        } catch (IOException | RuntimeException ended) {
            // the probe stopped
        }
    }

    /** Zeroes the latencies (at the start of a measured interval). */
    void mark() {
        latencies.reset();
    }

    /** "p50/p99" in ms since {@link #mark}, or "not measured". */
    String percentiles() {
        long p50 = latencies.percentile(0.50);
        return process == null || p50 < 0 ? "not measured" : p50 + "/" + latencies.percentile(0.99);
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
        }
    }
}
