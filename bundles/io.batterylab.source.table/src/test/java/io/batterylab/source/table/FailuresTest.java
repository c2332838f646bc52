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
    void givenNoMessageAtAll_whenDescribed_thenPlainWordsNotTheExceptionType() {
        assertEquals(Failures.NO_DETAIL, Failures.innermostMessage(new java.io.EOFException()));
    }

    @Test
    void givenAParserFeatureUrlOrAClassNameInTheMessage_whenDescribed_thenPlainWords() {
        Exception doctype = new IOException("DOCTYPE is disallowed when the feature "
                + "\"http://apache.org/xml/features/disallow-doctype-decl\" set to true.");
        Exception internal = new IllegalStateException("cannot cast org.apache.poi.xssf.model.StylesTable");

        assertEquals(Failures.NO_DETAIL, Failures.innermostMessage(doctype));
        assertEquals(Failures.NO_DETAIL, Failures.innermostMessage(internal));
        assertEquals("the file ends early at byte 12.5", Failures.innermostMessage(new IOException("the file ends early at byte 12.5")));
    }
}
