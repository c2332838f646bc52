package io.batterylab.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureTest {
    @Test
    void givenAWrappedCauseWhenReportedThenTheMessageNamesTheRootCause() {
        Exception error = new RuntimeException("wrapper", new IllegalStateException("database is closed"));

        Failure failure = Failure.of("Loading the analysis", error);

        assertEquals("database is closed (IllegalStateException)", failure.message());
        assertEquals("Loading the analysis failed: database is closed (IllegalStateException)", failure.summary());
        assertTrue(failure.details().contains("wrapper"), "the whole trace is kept for the details");
    }

    @Test
    void givenAnErrorLogWhenFailuresAreAddedThenListenersHearThemAndTheLogKeepsThem() {
        ErrorLog log = new ErrorLog();
        List<Failure> heard = new ArrayList<>();
        Runnable stop = log.listen(heard::add);

        log.add(Failure.of("A", new IllegalArgumentException()));
        stop.run();
        log.add(Failure.of("B", new IllegalArgumentException("bad")));

        assertEquals(1, heard.size());
        assertEquals("no message (IllegalArgumentException)", heard.get(0).message());
        assertEquals(List.of("A", "B"), log.failures().stream().map(Failure::what).toList());
    }
}
