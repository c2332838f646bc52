package io.batterylab.core.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OnDemandWindowTest {
    private static final double[] TIMES = {0, 0.5, 1};
    private static final Map<String, double[]> VALUES = Map.of("a", new double[] {1, 2, 3}, "b", new double[] {4, 5,
            6});

    /** Reads from {@link #VALUES}, counting what it is asked. */
    private static final class CountingReader implements ChannelReader {
        final List<String> asked = new ArrayList<>();

        @Override
        public double[] values(String channel) {
            asked.add("values " + channel);
            return VALUES.get(channel).clone();
        }

        @Override
        public double latest(String channel) {
            asked.add("latest " + channel);
            double[] values = VALUES.get(channel);
            return values[values.length - 1];
        }
    }

    @Test
    void givenOnDemandWindow_whenOneChannelRead_thenOnlyItIsReadAndOnlyOnce() {
        CountingReader reader = new CountingReader();
        SampleWindow window = SampleWindow.onDemand(TIMES, Set.of("a", "b"), reader);

        double[] first = window.channel("a");

        assertSame(first, window.channel("a"));
        assertSame(first, window.channels().get("a"));
        assertTrue(window.has("b"));
        assertEquals(List.of("values a"), reader.asked);
    }

    @Test
    void givenOnDemandWindow_whenEveryChannelReadTwice_thenEachIsReadOnceAndKept() {
        CountingReader reader = new CountingReader();
        SampleWindow window = SampleWindow.onDemand(TIMES, Set.of("a", "b"), reader);

        double[] a = window.channel("a");
        double[] b = window.channel("b");

        assertSame(a, window.channel("a"));
        assertSame(b, window.channel("b"));
        assertEquals(6, window.latest("b"));
        assertEquals(List.of("values a", "values b"), reader.asked);
    }

    @Test
    void givenOnDemandWindow_whenLatestAsked_thenNoArrayIsMadeUnlessReadAlready() {
        CountingReader reader = new CountingReader();
        SampleWindow window = SampleWindow.onDemand(TIMES, Set.of("a", "b"), reader);

        assertEquals(6, window.latest("b"));
        window.channel("a");
        assertEquals(3, window.latest("a"));
        assertEquals(List.of("latest b", "values a"), reader.asked);
    }

    @Test
    void givenOnDemandWindow_whenComparedWithOneOfArrays_thenEqualAndSamePrinted() {
        SampleWindow eager = new SampleWindow(TIMES, VALUES);
        SampleWindow onDemand = SampleWindow.onDemand(TIMES, Set.of("a", "b"), new CountingReader());

        assertEquals(eager, onDemand);
        assertEquals(eager.hashCode(), onDemand.hashCode());
        assertEquals(eager.toString(), onDemand.toString());
    }

    @Test
    void givenOnDemandWindow_whenAskedForAChannelItLacks_thenRefusedWithoutAskingTheReader() {
        CountingReader reader = new CountingReader();
        SampleWindow window = SampleWindow.onDemand(TIMES, Set.of("a"), reader);

        assertFalse(window.has("b"));
        assertThrows(IllegalArgumentException.class, () -> window.latest("b"));
        assertThrows(IllegalArgumentException.class, () -> window.channel("b"));
        assertThrows(UnsupportedOperationException.class, () -> window.channels().put("b", new double[3]));
        assertEquals(List.of(), reader.asked);
    }

    @Test
    void givenReaderOfWrongLength_whenRead_thenRefused() {
        SampleWindow window = SampleWindow.onDemand(new double[] {0, 1}, Set.of("a"), new CountingReader());

        assertThrows(IllegalStateException.class, () -> window.channel("a"));
    }

    @Test
    void givenOnDemandChannels_whenTakenIntoAWindowOfOtherLength_thenRefusedAsAnyMapOfWrongLength() {
        SampleWindow window = SampleWindow.onDemand(TIMES, Set.of("a"), new CountingReader());

        assertThrows(IllegalArgumentException.class, () -> new SampleWindow(new double[] {0}, window.channels()));
    }
}
