package io.batterylab.source.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    @Test
    void givenAStreamWithinTheLimit_whenReadToTheEnd_thenAllBytesCountedAndNoError() throws IOException {
        LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[] { 1, 2, 3 }), 3);
        assertArrayEquals(new byte[] { 1, 2, 3 }, in.readAllBytes());
        assertEquals(3, in.bytesRead());
    }

    @Test
    void givenAStreamOneByteOverTheLimit_whenRead_thenFailsNamingTheLimit() {
        LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[5 * 1024 * 1024 + 1]),
                5 * 1024 * 1024);
        ImportLimitExceededException e = assertThrows(ImportLimitExceededException.class, in::readAllBytes);
        assertEquals("file is larger than the import limit of 5 MiB", e.getMessage());
    }

    @Test
    void givenALimitErrorWrappedByAParser_whenSearched_thenFound() {
        ImportLimitExceededException limit = new ImportLimitExceededException(
                io.batterylab.core.model.ValidationIssue.error(null, null, "too big"));
        assertSame(limit, ImportLimitExceededException.findIn(new IllegalStateException(new UncheckedIOException(limit)))
                .orElseThrow());
    }

    @Test
    void givenByteCounts_whenDescribed_thenInBinaryUnits() {
        assertEquals("512 bytes", ByteSizes.describe(512));
        assertEquals("100 MiB", ByteSizes.describe(100L * 1024 * 1024));
        assertEquals("1.5 KiB", ByteSizes.describe(1536));
    }
}
