package io.batterylab.source.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DelimitersTest {

    @Test
    void givenAHeaderLine_whenDetected_thenTheMostFrequentDelimiterWins() {
        assertEquals(',', Delimiters.detect("battery,cycle,ir"));
        assertEquals(';', Delimiters.detect("battery;cycle;ir"));
        assertEquals('\t', Delimiters.detect("battery\tcycle\tir"));
    }

    @Test
    void givenDelimitersInsideQuotes_whenDetected_thenTheyDoNotCount() {
        assertEquals(',', Delimiters.detect("\"a;b;c\",cycle"));
    }

    @Test
    void givenASingleColumn_whenDetected_thenComma() {
        assertEquals(',', Delimiters.detect("battery"));
    }

    @Test
    void givenMoreLines_whenDetected_thenOnlyTheFirstCounts() {
        assertEquals(';', Delimiters.detect("a;b;c\nx,y,z,w,v"));
        assertEquals(';', Delimiters.detect("a;b;c\r\nx,y,z,w,v"));
    }
}
