package io.batterylab.source.table;

import io.batterylab.core.model.ValidationIssue;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and fails as soon as more than the limit have come, so that a huge upload is
 * rejected after reading just past the limit, whatever the parser above buffers.
 */
public final class LimitedInputStream extends FilterInputStream {
    private final long maxBytes;
    private final String tooLarge;
    private long count;

    /** Fails with "file is larger than the import limit of ..." past {@code maxBytes}. */
    public LimitedInputStream(InputStream in, long maxBytes) {
        this(in, maxBytes, "file is larger than the import limit of " + ByteSizes.describe(maxBytes));
    }

    /** @param tooLarge the message when more than {@code maxBytes} come */
    public LimitedInputStream(InputStream in, long maxBytes, String tooLarge) {
        super(in);
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
    }

    public long bytesRead() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would make the count wrong
    }

    private void add(long n) throws ImportLimitExceededException {
        count += n;
        if (count > maxBytes) {
            throw new ImportLimitExceededException(ValidationIssue.error(null, null, tooLarge));
        }
    }
}
