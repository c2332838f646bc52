package io.batterylab.source.csv.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A valid CSV table of a given size made up on the fly: a header, then rows of distinct batteries
 * and cycles, each padded by an ignored column. Nothing is held in memory or written to disk.
 */
final class EndlessCsv extends InputStream {
    private final long size;
    private long served;
    private byte[] line = "battery_id,cycle,ir,pcl,note\n".getBytes(StandardCharsets.US_ASCII);
    private int position;
    private long rows;

    EndlessCsv(long size) {
        this.size = size;
    }

    long bytesServed() {
        return served;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (served >= size) {
            return -1;
        }
        int n = 0;
        while (n < length && served < size) {
            if (position == line.length) {
                line = nextRow();
                position = 0;
            }
            int chunk = (int) Math.min(Math.min(length - n, line.length - position), size - served);
            System.arraycopy(line, position, buffer, offset + n, chunk);
            position += chunk;
            n += chunk;
            served += chunk;
        }
        return n;
    }

    private byte[] nextRow() {
        long r = rows++;
        return ("b" + r / 1000 + "," + (r % 1000 + 1) + ",0.0165,0.05," + "x".repeat(200) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
