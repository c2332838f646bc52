package io.batterylab.monitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property test: on random sample sequences (in order, late, duplicate, too late, gaps, restarted clocks, failed
 * sensors, NaN readings, a channel that comes and goes) the column window answers exactly as the window rebuilt
 * from the samples ({@link RebuiltWindow}) did: the same offers, sizes, newest sample and windows of every length.
 */
class DeviceWindowEquivalenceTest {
    private static final List<String> CHANNELS = List.of("temp_internal_c", "temp_ambient_c", "voc_index", "h2_ppm");

    @Test
    void givenRandomSequences_whenOfferedToBoth_thenColumnWindowsEqualRebuiltOnes() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            int capacity = List.of(1, 3, 7, 60).get(seed % 4);
            DeviceWindow columns = new DeviceWindow(capacity, 2_000, 60_000);
            RebuiltWindow rebuilt = new RebuiltWindow(capacity, 2_000, 60_000);
            long newest = 0;
            for (int step = 0; step < 400; step++) {
                long t = nextTime(random, newest, capacity);
                SensorSample sample = sample(random, t);
                String where = "seed " + seed + ", step " + step + ", t " + t;
                DeviceWindow.Offer offer = rebuilt.offer(sample);
                assertEquals(offer, columns.offer(sample), where);
                assertEquals(rebuilt.size(), columns.size(), where);
                assertEquals(rebuilt.newest(), columns.newest(), where);
                newest = rebuilt.newest().orElseThrow().timestampMs();
                for (int count = 1; count <= capacity + 1; count += Math.max(1, capacity / 4)) {
                    assertEquals(rebuilt.window(count), columns.window(count), where + ", window " + count);
                }
                assertEquals(rebuilt.window(capacity), columns.window(capacity), where);
            }
        }
    }

    /**
     * A window is read when its batch is assessed or later (a detector may keep it): taken unread, it must still give
     * its own samples' values, bit for bit, after later samples arrived late, as duplicates, after gaps, or moved the
     * columns; and a channel's newest value asked alone must be the last of its values.
     */
    @Test
    void givenWindowsReadOnlyAfterLaterSamples_whenRead_thenTheyEqualTheRebuiltOnesOfTheirTime() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            int capacity = List.of(1, 3, 7, 60).get(seed % 4);
            DeviceWindow columns = new DeviceWindow(capacity, 2_000, 60_000);
            RebuiltWindow rebuilt = new RebuiltWindow(capacity, 2_000, 60_000);
            Deque<Taken> unread = new ArrayDeque<>();
            long newest = 0;
            for (int step = 0; step < 400; step++) {
                long t = nextTime(random, newest, capacity);
                SensorSample sample = sample(random, t);
                rebuilt.offer(sample);
                columns.offer(sample);
                newest = rebuilt.newest().orElseThrow().timestampMs();
                int count = 1 + random.nextInt(capacity);
                Optional<SampleWindow> expected = rebuilt.window(count);
                if (expected.isPresent()) {
                    unread.addLast(new Taken("seed " + seed + ", step " + step + ", window " + count,
                            expected.get(), columns.window(count).orElseThrow(),
                            step + random.nextInt(3 * capacity + 2)));
                }
                while (!unread.isEmpty() && unread.peekFirst().readAtStep() <= step) {
                    unread.removeFirst().check();
                }
            }
            unread.forEach(Taken::check);
        }
    }

    /** A window taken at one step and read at a later one. */
    private record Taken(String where, SampleWindow expected, SampleWindow window, int readAtStep) {
        void check() {
            assertEquals(expected.channels().keySet(), window.channels().keySet(), where);
            for (String channel : expected.channels().keySet()) {
                assertEquals(Double.doubleToRawLongBits(expected.latest(channel)),
                        Double.doubleToRawLongBits(window.latest(channel)), where + ", newest " + channel);
            }
            assertEquals(expected, window, where);
            for (String channel : expected.channels().keySet()) {
                assertArrayEquals(bits(expected.channel(channel)), bits(window.channel(channel)), where + ", "
                        + channel);
            }
        }

        private static long[] bits(double[] values) {
            return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
        }
    }

    private static long nextTime(Random random, long newest, int capacity) {
        int kind = random.nextInt(100);
        if (kind < 70) {
            return newest + 500;
        }
        if (kind < 80) {
            return newest - 500L * random.nextInt(capacity + 2); // late, duplicate or too late
        }
        if (kind < 85) {
            return newest + random.nextInt(2_001); // irregular but within the gap limit
        }
        if (kind < 90) {
            return newest + 2_001 + random.nextInt(10_000); // a gap
        }
        if (kind < 93) {
            return Math.max(0, newest - 60_001 - random.nextInt(10_000)); // a restarted clock
        }
        return newest - 59_000 + random.nextInt(2_000); // far behind, not yet a restart
    }

    private static SensorSample sample(Random random, long t) {
        Map<String, Double> channels = new HashMap<>();
        for (String channel : CHANNELS) {
            int kind = random.nextInt(20);
            if (kind == 0) {
                continue; // failed sensor: JSON null
            }
            channels.put(channel, kind == 1 ? Double.NaN : 20 + random.nextGaussian());
        }
        if (random.nextInt(30) == 0) {
            channels.put("rare_" + random.nextInt(3), random.nextDouble());
        }
        return new SensorSample("n", t, channels, Map.of(), DeviceStatus.NORMAL);
    }
}
