package io.batterylab.benchmarks.monitor;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.device.mqtt.SensorPayloadParser;
import io.batterylab.monitor.store.BlockLimits;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.LastSeen;
import io.batterylab.monitor.store.OpenBlocks;
import io.batterylab.monitor.store.SampleBlock;
import io.batterylab.monitor.store.SampleRow;
import io.batterylab.monitor.store.SampleStore;
import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcUserService;
import io.batterylab.storage.PasswordHasher;
import io.batterylab.storage.StorageConfig;
import io.batterylab.test.support.ScratchMariaDb;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitor's store under the sample writer's load, without MQTT or detectors: {@code N} claimed devices at 2 Hz,
 * written as the sample writer does (every quarter second of samples at once, and every 2 s one last-seen update
 * per device seen since; samples of all ten SPEC channels, as the nodes send), back to back for as long as it takes,
 * on the embedded H2 and (with {@code BATTERYLAB_TEST_MYSQL_URL}) on a scratch MariaDB database. Two ways to write:
 * {@code blocks} (the writer's: samples go into each device's open block, the blocks closed by
 * {@link BlockLimits#DEFAULTS} on the simulated 2 Hz clock are inserted) and {@code rows} (one row a sample, as
 * before V9). Printed: samples/s sustained, the time in the inserts (with the blocks' encoding) and the updates, and
 * the CPU time per sample of the whole process (the database's own threads included; with MariaDB only the
 * client's).
 *
 * <p>{@code -Dbenchmark.storeDevices=10000} {@code -Dbenchmark.storeRows=400000} (samples)
 * {@code -Dbenchmark.storeModes=blocks,rows}.
 */
class SampleStoreBenchmark {
    private static final long FLUSH_MS = 250;
    /** The sample writer writes last-seen every 2 s, every 8th flush. */
    private static final int SEEN_EVERY = 8;

    @TempDir
    Path dir;

    @Test
    void sampleStore() throws Exception {
        int devices = Integer.getInteger("benchmark.storeDevices", 10_000);
        int rows = Integer.getInteger("benchmark.storeRows", 400_000);
        List<String> modes = List.of(System.getProperty("benchmark.storeModes", "blocks,rows").split(","));
        List<String> table = new ArrayList<>(List.of("| database | written as | devices | samples | samples/s | "
                + "inserts s | last-seen s | CPU µs/sample |", "|---|---|---|---|---|---|---|---|"));
        for (String mode : modes) {
            boolean blocks = mode.strip().equals("blocks");
            table.add(run("H2 (embedded)", StorageConfig.embedded(dir.resolve("h2-" + mode)), devices, rows, blocks));
            System.out.println("[benchmark] sample store " + table.getLast());
            Optional<ScratchMariaDb> maria = ScratchMariaDb.create();
            if (maria.isPresent()) {
                try (ScratchMariaDb db = maria.get()) {
                    table.add(run("MariaDB", new StorageConfig(dir.resolve("maria-" + mode), db.url(), db.user(),
                            db.password()), devices, rows, blocks));
                }
                System.out.println("[benchmark] sample store " + table.getLast());
            }
        }
        System.out.println("[benchmark] sample store\n" + String.join("\n", table));
    }

    private static String run(String name, StorageConfig config, int devices, int rows, boolean inBlocks) {
        try (Database database = Database.open(config)) {
            var pool = database.dataSource();
            long lab = new JdbcUserService(pool, new PasswordHasher(4)).register("lab", "long enough password"
                    .toCharArray()).id();
            DeviceStore deviceStore = new DeviceStore(pool, Clock.systemUTC());
            long[] pks = new long[devices];
            for (int i = 0; i < devices; i++) {
                deviceStore.claim(lab, LoadGenerator.deviceId(i), "cell " + i, List.of("threshold"));
                pks[i] = deviceStore.find(lab, LoadGenerator.deviceId(i)).orElseThrow().id();
            }
            SampleStore samples = new SampleStore(pool);
            OpenBlocks open = samples.openBlocks();
            int perFlush = (int) Math.max(1, devices * 2 * FLUSH_MS / 1000);
            long insertNs = 0;
            long seenNs = 0;
            long start = System.currentTimeMillis();
            ProcessUsage cpu0 = ProcessUsage.of(ProcessHandle.current().pid());
            Map<Long, LastSeen> seen = new LinkedHashMap<>();
            for (int written = 0, flush = 1; written < rows; written += perFlush, flush++) {
                List<SampleRow> batch = new ArrayList<>(perFlush);
                for (int k = 0; k < perFlush; k++) {
                    int n = written + k;
                    long pk = pks[n % devices];
                    long at = start + n * 500L / devices;
                    Map<String, Double> channels = new LinkedHashMap<>();
                    for (String channel : SensorPayloadParser.CHANNELS) {
                        channels.put(channel, 20.0 + (n + channel.length()) % 7);
                    }
                    channels.put(Channels.TEMP_INTERNAL, 25.0 + n % 7);
                    SensorSample sample = new SensorSample(LoadGenerator.deviceId(n % devices), at, channels, Map.of(),
                            DeviceStatus.NORMAL);
                    batch.add(new SampleRow(pk, at, sample, false, DeviceStatus.NORMAL, 0.01));
                    seen.put(pk, new LastSeen(pk, at, DeviceStatus.NORMAL, DeviceStatus.NORMAL, 0.01));
                }
                long t0 = System.nanoTime();
                if (inBlocks) {
                    // the blocks' age on the simulated clock: a quarter second a flush
                    long simulatedNs = flush * FLUSH_MS * 1_000_000;
                    open.append(batch, BlockLimits.DEFAULTS, simulatedNs);
                    List<SampleBlock> closed = open.takeClosed(BlockLimits.DEFAULTS, simulatedNs,
                            written + perFlush >= rows);
                    samples.insertBlocks(closed);
                    open.written(closed);
                } else {
                    samples.insert(batch);
                }
                long t1 = System.nanoTime();
                if (flush % SEEN_EVERY == 0 || written + perFlush >= rows) {
                    deviceStore.recordSeen(List.copyOf(seen.values()));
                    seen.clear();
                }
                insertNs += t1 - t0;
                seenNs += System.nanoTime() - t1;
            }
            double seconds = (insertNs + seenNs) / 1e9;
            // the whole process's CPU: H2's serialization and background writer threads work beside the inserting one
            double cpuMicros = (ProcessUsage.of(ProcessHandle.current().pid()).cpuSeconds() - cpu0.cpuSeconds()) * 1e6
                    / rows;
            return "| %s | %s | %d | %d | %.0f | %.1f | %.1f | %.1f |".formatted(name, inBlocks ? "blocks" : "rows",
                    devices, rows, rows / seconds, insertNs / 1e9, seenNs / 1e9, cpuMicros);
        }
    }
}
