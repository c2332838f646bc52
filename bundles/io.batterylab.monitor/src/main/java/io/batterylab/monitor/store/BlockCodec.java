package io.batterylab.monitor.store;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.device.mqtt.SensorPayloadParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bytes of a block of samples ({@code monitor_sample_blocks.samples}, V9). Version 1: a version byte, then per
 * sample a flags byte (bit 0 gap before, bits 1–2 the device status, bits 3–4 the model status + 1 or 0 for none), the
 * received and device times as zigzag varints of their change from the sample before (from 0 for the first), the
 * model risk (8 bytes, only with a model status), a 2-byte mask of the {@link SensorPayloadParser#CHANNELS} present
 * and their values, 8 bytes each. Doubles are stored as their raw bits, so they come back bit for bit and a missing
 * channel stays missing. The sample count is not stored: the samples run to the end of the bytes.
 */
public final class BlockCodec {
    static final byte VERSION = 1;
    /** The largest block: at most 111 bytes a sample, so 50 fit in the column's 6,000 bytes. */
    public static final int MAX_SAMPLES = 50;
    static final int MAX_BYTES = 6_000;
    private static final List<String> CHANNELS = SensorPayloadParser.CHANNELS;
    private static final DeviceStatus[] STATUSES = DeviceStatus.values();

    private BlockCodec() {
    }

    /** A block being written, one sample at a time (not thread-safe). */
    public static final class Encoder {
        private byte[] bytes = new byte[128];
        private int size;
        private int count;
        private long lastReceivedMs;
        private long lastDeviceMs;

        public Encoder() {
            bytes[size++] = VERSION;
        }

        public void append(SampleRow row) {
            ensure(1 + 10 + 10 + 8 + 2 + 8 * CHANNELS.size());
            SensorSample sample = row.sample();
            DeviceStatus model = row.modelStatus();
            bytes[size++] = (byte) ((row.gapBefore() ? 1 : 0) | sample.deviceStatus().ordinal() << 1
                    | (model == null ? 0 : model.ordinal() + 1) << 3);
            writeVarLong(zigzag(row.receivedMs() - lastReceivedMs));
            writeVarLong(zigzag(sample.timestampMs() - lastDeviceMs));
            lastReceivedMs = row.receivedMs();
            lastDeviceMs = sample.timestampMs();
            if (model != null) {
                writeLong(Double.doubleToRawLongBits(row.modelRisk()));
            }
            int maskAt = size;
            size += 2;
            int mask = 0;
            for (int c = 0; c < CHANNELS.size(); c++) {
                Double value = sample.channels().get(CHANNELS.get(c));
                if (value != null) {
                    mask |= 1 << c;
                    writeLong(Double.doubleToRawLongBits(value));
                }
            }
            bytes[maskAt] = (byte) (mask >>> 8);
            bytes[maskAt + 1] = (byte) mask;
            count++;
        }

        public int count() {
            return count;
        }

        public byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        private void writeVarLong(long value) {
            while ((value & ~0x7FL) != 0) {
                bytes[size++] = (byte) (value & 0x7F | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        private void writeLong(long value) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[size++] = (byte) (value >>> shift);
            }
        }

        private static long zigzag(long value) {
            return value << 1 ^ value >> 63;
        }
    }

    /**
     * The samples of a block, in their order (model risk NaN without a model status).
     *
     * @param block names the block in the error (e.g. its id)
     * @throws IllegalStateException naming the block when its version is unknown or its bytes are cut short
     */
    public static List<SampleRow> decode(byte[] bytes, long devicePk, String deviceId, String block) {
        if (bytes.length == 0 || bytes[0] != VERSION) {
            throw new IllegalStateException("Sample block " + block + " has unknown encoding version "
                    + (bytes.length == 0 ? "(empty)" : Integer.toString(bytes[0] & 0xFF)) + "; this version reads "
                    + VERSION);
        }
        Reader in = new Reader(bytes, block);
        List<SampleRow> rows = new ArrayList<>();
        long receivedMs = 0;
        long deviceMs = 0;
        while (in.position < bytes.length) {
            int flags = in.readByte();
            receivedMs += in.readZigzag();
            deviceMs += in.readZigzag();
            int modelCode = flags >>> 3 & 3;
            if ((flags >>> 1 & 3) >= STATUSES.length || modelCode > STATUSES.length || (flags & 0xE0) != 0) {
                throw new IllegalStateException("Sample block " + block + " has bad flags " + flags + " at sample "
                        + rows.size());
            }
            DeviceStatus model = modelCode == 0 ? null : STATUSES[modelCode - 1];
            double risk = model == null ? Double.NaN : Double.longBitsToDouble(in.readLong());
            int mask = in.readByte() << 8 | in.readByte();
            Map<String, Double> channels = new HashMap<>();
            for (int c = 0; c < CHANNELS.size(); c++) {
                if ((mask & 1 << c) != 0) {
                    channels.put(CHANNELS.get(c), Double.longBitsToDouble(in.readLong()));
                }
            }
            rows.add(new SampleRow(devicePk, receivedMs, new SensorSample(deviceId, deviceMs, channels, Map.of(),
                    STATUSES[flags >>> 1 & 3]), (flags & 1) != 0, model, risk));
        }
        return rows;
    }

    private static final class Reader {
        private final byte[] bytes;
        private final String block;
        int position = 1;

        Reader(byte[] bytes, String block) {
            this.bytes = bytes;
            this.block = block;
        }

        int readByte() {
            if (position >= bytes.length) {
                throw new IllegalStateException("Sample block " + block + " is cut short at byte " + position);
            }
            return bytes[position++] & 0xFF;
        }

        long readZigzag() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = readByte();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value >>> 1 ^ -(value & 1);
                }
            }
            throw new IllegalStateException("Sample block " + block + " has a varint longer than 10 bytes");
        }

        long readLong() {
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = value << 8 | readByte();
            }
            return value;
        }
    }
}
