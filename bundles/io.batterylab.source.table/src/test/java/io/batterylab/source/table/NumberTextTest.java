package io.batterylab.source.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @ParameterizedTest
    @CsvSource({ "1852, 1852", "-0.5, -0.5", ".5, 0.5", "3., 3", "1e-3, 0.001", "+2.5E2, 250" })
    void givenDecimalText_whenParsed_thenItsValue(String text, double expected) {
        assertEquals(expected, NumberText.parse(text, false));
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "0x10", "1d", "1f", "1.2.3", "1,5", "12 Ah", "--1" })
    void givenTextThatIsNoPlainDecimal_whenParsed_thenNotANumber(String text) {
        assertEquals("not a number: '" + text + "'",
                assertThrows(IllegalArgumentException.class, () -> NumberText.parse(text, false)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "NaN", "nan", "Infinity", "-inf", "∞" })
    void givenNaNOrInfinity_whenParsed_thenNotFinite(String text) {
        assertEquals("not a finite number: '" + text + "'",
                assertThrows(IllegalArgumentException.class, () -> NumberText.parse(text, false)).getMessage());
    }

    @Test
    void givenAnOverflowingExponent_whenParsed_thenTooLarge() {
        assertEquals("number too large: '1e999'",
                assertThrows(IllegalArgumentException.class, () -> NumberText.parse("1e999", false)).getMessage());
    }

    @Test
    void givenEmptyText_whenParsed_thenMissing() {
        assertTrue(Double.isNaN(NumberText.parse("", false)));
    }

    @Test
    void givenDecimalComma_whenParsed_thenCommaIsTheSeparatorButPointStillWorks() {
        assertEquals(1.5, NumberText.parse("1,5", true));
        assertEquals(1.5, NumberText.parse("1.5", true));
    }
}
