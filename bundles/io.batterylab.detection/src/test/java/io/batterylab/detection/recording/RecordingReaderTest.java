package io.batterylab.detection.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingReaderTest {

    private static ThermalRecording read(String text, String name) throws Exception {
        return RecordingReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    private static String reason(byte[] bytes) {
        return assertThrows(RecordingException.class,
                () -> RecordingReader.read(new ByteArrayInputStream(bytes), "bad.csv")).getMessage();
    }

    private static String reason(String text) {
        return reason(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givenWellFormedFileWithBom_whenRead_thenSamplesInOrderAndRunawayFromName() throws Exception {
        ThermalRecording r = read("\uFEFFTime,Temperature\n0.0,31.5\n0.0001,31.6\n1,32\n", "temp_data_9_exception.csv");

        assertArrayEquals(new double[] {0, 0.0001, 1}, r.timesSeconds());
        assertArrayEquals(new double[] {31.5, 31.6, 32}, r.temperatures());
        assertTrue(r.runaway());
        assertFalse(read("Time,Temperature\n0,1\n1,2\n", "temp_data_9.csv").runaway());
    }

    @Test
    void givenEachKindOfBadInput_whenRead_thenReasonNamesIt() {
        assertEquals("empty file", reason(""));
        assertEquals("header only, no samples", reason("Time,Temperature\n"));
        assertTrue(reason("Time,Temperature\n0,1\n1,warm\n").contains("row 3: Temperature 'warm' is not a finite number"));
        assertTrue(reason("Time,Temperature\n0,1\n2,1\n1,1\n").contains("row 4: time 1 s goes back from 2.0 s"));
        assertTrue(reason("Time,Temperature\n0,1\n1,1\n1,2\n").contains("row 4: time 1 s repeats the previous row"));
        assertTrue(reason("Time,Temperature\n0,1\n").startsWith("a single sample"));
        assertTrue(reason("Time,Temperature\n0,1,2\n").contains("expected 2 columns"));
        assertTrue(reason("Zeit;Temperatur\n0;1\n").contains("expected the header Time,Temperature"));
        assertTrue(reason("Time,Temperature\n0,NaN\n1,2\n").contains("'NaN' is not a finite number"));
        byte[] latin1 = "Time,Temperature\n0,1\n1,2 \u00b0C\n".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(reason(latin1).contains("unreadable encoding"), reason(latin1));
    }

    @Test
    void givenDirectoryWithBadFiles_whenRead_thenGoodOnesKeptAndBadOnesReportedByName(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("a.csv"), "Time,Temperature\n0,20\n1,21\n");
        Files.writeString(dir.resolve("b_exception.csv"), "Time,Temperature\n0,20\n1,90\n");
        Files.writeString(dir.resolve("c.csv"), "Time,Temperature\n");
        Files.writeString(dir.resolve("d.csv"), "Time,Temperature\n0,20\n0,21\n");
        Files.writeString(dir.resolve("notes.txt"), "not a recording");

        RecordingSet set = RecordingSet.read(dir);

        assertEquals(List.of("a.csv", "b_exception.csv"), set.recordings().stream().map(ThermalRecording::name).toList());
        assertEquals(1, set.runawayCount());
        assertEquals(List.of(new RecordingProblem("c.csv", "header only, no samples"),
                new RecordingProblem("d.csv", "row 3: time 0 s repeats the previous row")), set.problems());
    }
}
