package io.batterylab.monitor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.device.mqtt.SensorPayloadParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The block encoding: what goes in comes back bit for bit, and bad bytes are refused with the block named. */
class BlockCodecTest {
    static List<SampleRow> randomRows(Random random, long devicePk, String deviceId, int count, long startMs) {
        List<SampleRow> rows = new ArrayList<>();
        long received = startMs;
        long device = random.nextLong(1L << 40);
        for (int i = 0; i < count; i++) {
            received += random.nextInt(10) == 0 ? -random.nextInt(300) : random.nextInt(2_000);
            device += random.nextInt(5) == 0 ? random.nextLong() >> 20 : 500;
            Map<String, Double> channels = new HashMap<>();
            for (String c : SensorPayloadParser.CHANNELS) {
                if (random.nextInt(4) != 0) {
                    channels.put(c, random.nextInt(8) == 0 ? -0.0 : (random.nextDouble() - 0.3) * 1e4);
                }
            }
            DeviceStatus[] statuses = DeviceStatus.values();
            DeviceStatus model = random.nextBoolean() ? null : statuses[random.nextInt(3)];
            rows.add(new SampleRow(devicePk, received, new SensorSample(deviceId, device, channels, Map.of(),
                    statuses[random.nextInt(3)]), random.nextInt(5) == 0, model,
                    model == null ? Double.NaN : random.nextDouble()));
        }
        return rows;
    }

    private static byte[] encode(List<SampleRow> rows) {
        BlockCodec.Encoder encoder = new BlockCodec.Encoder();
        rows.forEach(encoder::append);
        return encoder.bytes();
    }

    @Test
    void givenRandomSamples_whenEncodedAndDecoded_thenEveryFieldComesBackBitForBit() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<SampleRow> rows = randomRows(random, 42, "n1", 1 + random.nextInt(BlockCodec.MAX_SAMPLES), 1L << 40);

            List<SampleRow> decoded = BlockCodec.decode(encode(rows), 42, "n1", "#" + round);

            assertEquals(rows.size(), decoded.size());
            for (int i = 0; i < rows.size(); i++) {
                SampleRow in = rows.get(i);
                SampleRow out = decoded.get(i);
                assertEquals(in, out, "sample " + i);
                assertEquals(Double.doubleToRawLongBits(in.modelRisk()), Double.doubleToRawLongBits(out.modelRisk()));
                for (String c : in.sample().channels().keySet()) {
                    assertEquals(Double.doubleToRawLongBits(in.sample().channels().get(c)),
                            Double.doubleToRawLongBits(out.sample().channels().get(c)), c);
                }
            }
        }
    }

    @Test
    void givenTheLargestSamples_whenAFullBlockIsEncoded_thenItFitsTheColumn() {
        Map<String, Double> all = new HashMap<>();
        SensorPayloadParser.CHANNELS.forEach(c -> all.put(c, Double.NaN));
        List<SampleRow> rows = new ArrayList<>();
        for (int i = 0; i < BlockCodec.MAX_SAMPLES; i++) {
            long far = i % 2 == 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
            rows.add(new SampleRow(1, far, new SensorSample("n", far, all, Map.of(), DeviceStatus.DANGER), true,
                    DeviceStatus.DANGER, Double.NaN));
        }

        byte[] bytes = encode(rows);

        assertTrue(bytes.length <= BlockCodec.MAX_BYTES, bytes.length + " bytes");
        assertEquals(rows, BlockCodec.decode(bytes, 1, "n", "full"));
    }

    @Test
    void givenAnUnknownVersionOrCutBytes_whenDecoded_thenTheErrorNamesTheBlock() {
        byte[] bytes = encode(randomRows(new Random(1), 1, "n", 3, 0));
        byte[] future = bytes.clone();
        future[0] = 9;

        IllegalStateException version = assertThrows(IllegalStateException.class,
                () -> BlockCodec.decode(future, 1, "n", "id 17"));
        IllegalStateException cut = assertThrows(IllegalStateException.class,
                () -> BlockCodec.decode(Arrays.copyOf(bytes, bytes.length - 3), 1, "n", "id 18"));
        IllegalStateException empty = assertThrows(IllegalStateException.class,
                () -> BlockCodec.decode(new byte[0], 1, "n", "id 19"));

        assertEquals("Sample block id 17 has unknown encoding version 9; this version reads 1", version.getMessage());
        assertTrue(cut.getMessage().startsWith("Sample block id 18 is cut short at byte "), cut.getMessage());
        assertTrue(empty.getMessage().contains("id 19"), empty.getMessage());
    }
}
