package io.batterylab.monitor.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.monitor.store.BlockCodec;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.MonitorDatabases;
import io.batterylab.monitor.store.SampleRow;
import io.batterylab.storage.Database;
import io.batterylab.storage.StorageConfig;
import io.batterylab.test.support.Mosquitto;
import io.batterylab.test.support.NodeSimulator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two monitor processes (separate JVMs, each a full {@code MonitorService}) in one shared-subscription group on a real
 * Mosquitto, on one shared MariaDB store — as a lab runs two monitors for capacity and for failover: the users see one
 * set of devices, alarms and samples whichever process took a sample. 100 simulated nodes at 2 Hz: every sample is
 * processed (and given its verdict) by exactly one process and stored once, none is lost; when one process is stopped
 * the other takes all the devices.
 */
class TwoMonitorProcessesTest {
    private static final int NODES = 100;
    private static final int SECONDS = 24;
    private static final int STOP_A_AFTER_S = 12;

    @TempDir
    Path dir;

    @Test
    void givenTwoMonitorProcessesInOneSharedGroup_when100NodesPublishAndOneStops_thenEachSampleIsProcessedOnceAndTheOtherTakesAll()
            throws Exception {
        StorageConfig store = MonitorDatabases.mariaDb(dir.resolve("home"));
        try {
            claimNodes(store);
            long aStoppedMs;
            List<String> aSamples;
            List<String> bSamples;
            List<String> problems = new ArrayList<>();
            try (Mosquitto broker = Mosquitto.start(dir);
                    MonitorProcess a = MonitorProcess.start("monitor-a", dir, store, broker.uri(), "monitors");
                    MonitorProcess b = MonitorProcess.start("monitor-b", dir, store, broker.uri(), "monitors")) {
                a.awaitReady(60);
                b.awaitReady(60);
                try (NodeSimulator nodes = NodeSimulator.start(dir.resolve("sim.log"), "--port", "" + broker.port(),
                        "--nodes", "" + NODES, "--id-prefix", "load", "--duration", "" + SECONDS, "--quiet", "--qos",
                        "1")) {
                    Thread.sleep(STOP_A_AFTER_S * 1_000L);
                    a.stop();
                    aStoppedMs = System.currentTimeMillis();
                    assertTrue(nodes.waitFor(SECONDS + 30), "the simulator did not finish: " + nodes.output());
                }
                Thread.sleep(1_000);
                b.stop();
                aSamples = a.samples();
                bSamples = b.samples();
                problems.addAll(a.problems());
                problems.addAll(b.problems());
            }

            Map<String, List<String>> takenBy = new HashMap<>();
            Map<String, String> verdicts = new HashMap<>();
            Map<String, List<Long>> times = new TreeMap<>();
            Map<String, Long> lastOfA = new HashMap<>();
            Map<String, Integer> ofBAfterStop = new HashMap<>();
            for (String line : aSamples) {
                String[] f = line.split(",");
                takenBy.computeIfAbsent(f[0] + "@" + f[1], k -> new ArrayList<>()).add("a");
                verdicts.put(f[0] + "@" + f[1], f[3]);
                times.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Long.parseLong(f[1]));
                lastOfA.merge(f[0], Long.parseLong(f[2]), Math::max);
            }
            for (String line : bSamples) {
                String[] f = line.split(",");
                takenBy.computeIfAbsent(f[0] + "@" + f[1], k -> new ArrayList<>()).add("b");
                verdicts.put(f[0] + "@" + f[1], f[3]);
                times.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Long.parseLong(f[1]));
                if (Long.parseLong(f[2]) > aStoppedMs) {
                    ofBAfterStop.merge(f[0], 1, Integer::sum);
                }
            }

            assertEquals(NODES, times.size(), "nodes seen: " + times.keySet());
            List<String> twice = takenBy.entrySet().stream().filter(e -> e.getValue().size() > 1)
                    .map(e -> e.getKey() + " by " + e.getValue()).limit(10).toList();
            assertTrue(twice.isEmpty(), "samples processed more than once: " + twice);
            assertTrue(aSamples.size() > NODES * STOP_A_AFTER_S / 3 && bSamples.size() > NODES * STOP_A_AFTER_S / 3,
                    "split while both ran: a " + aSamples.size() + ", b " + bSamples.size());
            assertTrue(lastOfA.values().stream().allMatch(t -> t <= aStoppedMs), "a processed after it stopped");
            // after a stopped, b has every node, each for the rest of the run (about 10 s at 2 Hz)
            assertEquals(NODES, ofBAfterStop.size(), "nodes b took after a stopped: " + ofBAfterStop.keySet());
            assertTrue(ofBAfterStop.values().stream().allMatch(n -> n >= 10), "samples per node in b after a stopped: "
                    + ofBAfterStop.values().stream().mapToInt(Integer::intValue).summaryStatistics());
            for (Map.Entry<String, List<Long>> node : times.entrySet()) {
                List<Long> t = new ArrayList<>(node.getValue());
                t.sort(null);
                for (int i = 1; i < t.size(); i++) {
                    assertTrue(t.get(i) - t.get(i - 1) <= 1_000, node.getKey() + " lost samples between " + t.get(i - 1)
                            + " and " + t.get(i) + " (a stopped at " + aStoppedMs + ")");
                }
            }
            assertStoredOnce(store, verdicts, problems);
            assertTrue(problems.isEmpty(), "the monitors logged: " + problems);
        } finally {
            MonitorDatabases.drop(store);
        }
    }

    private static void claimNodes(StorageConfig store) {
        try (Database database = Database.open(store)) {
            long lab = MonitorDatabases.user(database, "lab");
            DeviceStore devices = new DeviceStore(database.dataSource(), Clock.systemUTC());
            for (int i = 1; i <= NODES; i++) {
                devices.claim(lab, String.format("load-%03d", i), "cell " + i, List.of("threshold"));
            }
        }
    }

    /**
     * One stored sample (in the blocks) per processed sample, none stored twice, each with the verdict of the process that took it; each
     * process gives verdicts once it holds 4 samples of a device.
     */
    private static void assertStoredOnce(StorageConfig store, Map<String, String> verdicts, List<String> problems)
            throws Exception {
        Map<String, String> stored = new HashMap<>();
        try (Database database = Database.open(store); Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement(); ResultSet blocks = s.executeQuery("SELECT d.device_id, b.id, "
                        + "b.samples FROM monitor_sample_blocks b JOIN monitor_devices d ON d.id = b.device_pk")) {
            while (blocks.next()) {
                String id = blocks.getString(2);
                for (SampleRow row : BlockCodec.decode(blocks.getBytes(3), 0, blocks.getString(1), id)) {
                    String key = row.sample().deviceId() + "@" + row.sample().timestampMs();
                    String previous = stored.put(key, String.valueOf(row.modelStatus()));
                    assertTrue(previous == null, "stored twice: " + key);
                }
            }
        }
        assertEquals(verdicts.size(), stored.size(), "stored samples against processed ones; the monitors logged: "
                + problems);
        assertEquals(verdicts, stored, "the stored verdicts are those of the process that took each sample");
        long without = verdicts.values().stream().filter("null"::equals).count();
        assertTrue(without <= 2 * 3 * NODES, "samples without a verdict: " + without + " of " + verdicts.size());
    }
}
