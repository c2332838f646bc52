package io.batterylab.device.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    private static double parse(String text) {
        return Decimals.parse(text.toCharArray(), 0, text.length());
    }

    @Test
    void givenRandomPlainDecimals_whenRead_thenTheSameDoubleAsParseDouble() {
        Random random = new Random(11);
        int exact = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
            text.append(random.nextInt(4) == 0 ? 0 : Math.abs(random.nextLong()) % (long) Math.pow(10,
                    1 + random.nextInt(12)));
            if (random.nextInt(5) != 0) {
                text.append('.');
                for (int d = 1 + random.nextInt(9); d > 0; d--) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            double read = parse(text.toString());
            if (!Double.isNaN(read)) {
                exact++;
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text.toString())),
                        Double.doubleToRawLongBits(read), text.toString());
            }
        }
        assertTrue(exact > 150_000, exact + " read");
    }

    @Test
    void givenSensorReadings_whenRead_thenTheirValues() {
        assertEquals(31.2, parse("31.2"));
        assertEquals(-0.5, parse("-0.5"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(parse("-0.0")));
        assertEquals(120, parse("120"));
    }

    @Test
    void givenWhatItCannotReadExactly_whenRead_thenNaNForTheCallerToParse() {
        for (String text : new String[] {"1e3", "1.5E-2", "1234567890.1234567", "0.00000000000000000000001", "", "-",
            "1.", "1.2.3", "+1", "NaN"}) {
            assertTrue(Double.isNaN(parse(text)), text);
        }
    }
}
