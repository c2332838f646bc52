package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StepThreadsTest {
    @Test
    void givenWorkBelowTheLimitWhenAskedThenOneThreadElseTheConfiguredCount() {
        StepThreads threads = new StepThreads(1000, 2);
        assertEquals(1, threads.forWork(999));
        assertEquals(2, threads.forWork(1000));
        assertEquals(2, threads.forWork(50_000_000));
    }

    @Test
    void givenLimitZeroWhenAskedThenAlwaysTheConfiguredCount() {
        assertEquals(4, new StepThreads(0, 4).forWork(0));
    }

    @Test
    void givenPropertyWhenReadThenItsLimitAndDefaultWhenUnsetOrInvalid() {
        assertEquals(StepThreads.DEFAULT_LIMIT, StepThreads.limit(null));
        assertEquals(StepThreads.DEFAULT_LIMIT, StepThreads.limit(" "));
        assertEquals(0, StepThreads.limit("0"));
        assertEquals(5_000_000, StepThreads.limit(" 5000000 "));
        assertEquals(StepThreads.DEFAULT_LIMIT, StepThreads.limit("-1"));
        assertEquals(StepThreads.DEFAULT_LIMIT, StepThreads.limit("many"));
        Properties system = new Properties();
        system.setProperty(StepThreads.PROPERTY, "123");
        assertEquals(new StepThreads(123, TrainingResources.THREADS), StepThreads.configured(system));
    }

    @Test
    void givenNegativeLimitOrNoThreadsWhenCreatedThenRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StepThreads(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new StepThreads(0, 0));
    }

    @Test
    void givenBaselineSizedMlpWhenItsWorkIsCountedThenParametersTimesBatchRowsAndOneThreadByDefault() {
        try (NDManager manager = DjlRuntime.newManager()) {
            SequentialBlock mlp = Networks.tanhMlp(2, 64, 1);
            mlp.initialize(manager, DataType.FLOAT32, new Shape(1, 4));
            mlp.getParameters().values().forEach(p -> p.getArray().setRequiresGradient(true));

            long work = StepThreads.work(mlp.getParameters().values(), 256);

            assertEquals((4 * 64 + 64 + 64 * 64 + 64 + 64 + 1) * 256L, work);
            assertEquals(1, new StepThreads(StepThreads.DEFAULT_LIMIT, 2).forWork(work));
        }
    }
}
