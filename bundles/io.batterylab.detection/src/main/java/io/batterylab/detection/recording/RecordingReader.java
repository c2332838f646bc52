package io.batterylab.detection.recording;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one recording in the thermal CSV layout: UTF-8 text (a BOM is allowed), header {@code Time,Temperature},
 * then one sample per row, time in seconds strictly increasing, temperature in °C. Anything else is refused
 * with the row and the reason; nothing is repaired or skipped inside a file.
 */
public final class RecordingReader {
    private static final String RUNAWAY_MARK = "_exception";

    private RecordingReader() {
    }

    /** Whether a file name marks a recording that ends in runaway. */
    public static boolean marksRunaway(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(RUNAWAY_MARK + ".csv");
    }

    public static ThermalRecording read(InputStream in, String fileName) throws RecordingException, IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(in, decoder)) {
            return parse(reader, fileName);
        } catch (CharacterCodingException e) {
            throw new RecordingException("not UTF-8 text (unreadable encoding)", e);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException c) {
                throw new RecordingException("not UTF-8 text (unreadable encoding)", c);
            }
            throw e.getCause();
        }
    }

    private static ThermalRecording parse(Reader reader, String fileName) throws RecordingException, IOException {
        Iterator<CSVRecord> rows = CSVFormat.DEFAULT.builder().setTrim(true).get().parse(reader).iterator();
        if (!rows.hasNext()) {
            throw new RecordingException("empty file");
        }
        checkHeader(rows.next());
        double[] times = new double[1024];
        double[] temperatures = new double[1024];
        int n = 0;
        while (rows.hasNext()) {
            CSVRecord row = rows.next();
            long line = row.getRecordNumber();
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue;
            }
            if (row.size() != 2) {
                throw new RecordingException("row " + line + ": expected 2 columns (Time,Temperature), found "
                        + row.size());
            }
            double time = number(row.get(0), "Time", line);
            double temperature = number(row.get(1), "Temperature", line);
            if (n > 0 && time <= times[n - 1]) {
                throw new RecordingException("row " + line + ": time " + row.get(0) + " s "
                        + (time == times[n - 1] ? "repeats the previous row" : "goes back from " + times[n - 1] + " s"));
            }
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
                temperatures = Arrays.copyOf(temperatures, n * 2);
            }
            times[n] = time;
            temperatures[n] = temperature;
            n++;
        }
        if (n == 0) {
            throw new RecordingException("header only, no samples");
        }
        if (n == 1) {
            throw new RecordingException("a single sample; at least two are needed");
        }
        return new ThermalRecording(fileName, marksRunaway(fileName), Arrays.copyOf(times, n),
                Arrays.copyOf(temperatures, n));
    }

    private static void checkHeader(CSVRecord header) throws RecordingException {
        String first = header.size() > 0 ? header.get(0).replace("\uFEFF", "") : "";
        if (header.size() != 2 || !first.equalsIgnoreCase("Time") || !header.get(1).equalsIgnoreCase("Temperature")) {
            throw new RecordingException("expected the header Time,Temperature, found '" + String.join(",", header)
                    + "'");
        }
    }

    private static double number(String cell, String column, long line) throws RecordingException {
        try {
            double value = Double.parseDouble(cell);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the row
        }
        throw new RecordingException("row " + line + ": " + column + " '" + cell + "' is not a finite number");
    }
}
