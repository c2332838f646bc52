package io.batterylab.source.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void givenAChainOfCauses_whenDescribed_thenTheInnermostMessage() {
        Exception chain = new IllegalStateException("reading sheet1.xml",
                new UncheckedIOException(new IOException("Truncated ZIP file")));
        assertEquals("Truncated ZIP file", Failures.innermostMessage(chain));
    }

    @Test
    void givenAnInnermostCauseWithoutMessage_whenDescribed_thenTheLastMessageFound() {
        Exception chain = new IOException("unexpected end", new java.io.EOFException());
        assertEquals("unexpected end", Failures.innermostMessage(chain));
    }

    @Test
    void givenNoMessageAtAll_whenDescribed_thenTheExceptionType() {
        assertEquals("EOFException", Failures.innermostMessage(new java.io.EOFException()));
    }
}
