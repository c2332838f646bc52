package io.batterylab.source.csv;

import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.source.table.ImportLimitExceededException;
import io.batterylab.source.table.LimitedInputStream;
import io.batterylab.source.table.TableRow;
import io.batterylab.source.table.TableSink;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of a UTF-8 CSV file (with or without byte-order mark) into a {@link TableSink},
 * counting bytes against the import limit as they are read. The delimiter, comma or semicolon (or
 * tab), is taken from the header line: Excel in many European locales writes semicolons.
 *
 * <p>Each row is numbered by the line of the file it starts on, so the header is row 1 and the rows
 * match what a spreadsheet shows (unless a quoted cell spans lines).
 */
public final class CsvTableReader {
    /** Enough characters for any sensible header line. */
    private static final int HEADER_PEEK = 64 * 1024;
    /** What the decoder puts in place of bytes that are not UTF-8. */
    private static final char NOT_UTF8 = '\uFFFD';

    private final BufferedReader text;
    private final char delimiter;

    private CsvTableReader(BufferedReader text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /**
     * @param in not closed here; the caller owns it
     */
    public static CsvTableReader open(InputStream in, long maxBytes) throws ImportException, IOException {
        BufferedInputStream bytes = new BufferedInputStream(new LimitedInputStream(in, maxBytes));
        skipByteOrderMark(bytes);
        // Bytes that are not UTF-8 become U+FFFD and are reported with their row and column (readInto).
        BufferedReader text = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8));
        try {
            text.mark(HEADER_PEEK);
            char[] peek = new char[HEADER_PEEK];
            int n = text.read(peek, 0, peek.length);
            text.reset();
            return new CsvTableReader(text, Delimiters.detect(n < 0 ? "" : new String(peek, 0, n)));
        } catch (IOException e) {
            throw rejection(e, 1);
        }
    }

    public char delimiter() {
        return delimiter;
    }

    /** Pushes the first non-blank row as the header, then every following row. */
    public void readInto(TableSink sink) throws ImportException, IOException {
        long lineBefore = 0;
        List<String> header = null;
        try {
            // Not closed: closing it would close the caller's stream, and it holds nothing else.
            CSVParser parser = CSVParser.parse(text, format(delimiter));
            for (CSVRecord record : parser) {
                TableRow row = new TableRow((int) lineBefore + 1, record.toList());
                lineBefore = parser.getCurrentLineNumber();
                rejectIfNotUtf8(row, header == null ? row.cells() : header);
                if (header != null) {
                    sink.row(row);
                } else if (!row.isBlank()) {
                    sink.header(row);
                    header = row.cells();
                }
            }
        } catch (UncheckedIOException e) {
            throw rejection(e.getCause(), lineBefore + 1);
        } catch (IOException e) {
            throw rejection(e, lineBefore + 1);
        }
    }

    /** The header cells of a file from its first bytes, for recognising its layout. */
    public static List<String> headerCells(byte[] head) {
        String start = new String(head, StandardCharsets.UTF_8);
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1);
        }
        String line = start.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        try (CSVParser parser = CSVParser.parse(line, format(Delimiters.detect(line)))) {
            return parser.stream().findFirst().map(CSVRecord::toList).orElse(List.of());
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // an unreadable start: no layout recognised
        }
    }

    private static CSVFormat format(char delimiter) {
        // Empty lines are kept as records so that the parser's line count stays the file's.
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
    }

    /** One wrongly encoded cell means the whole file is in another encoding: rejected at once. */
    private static void rejectIfNotUtf8(TableRow row, List<String> header) throws ImportException {
        for (int column = 0; column < row.cells().size(); column++) {
            if (row.cells().get(column).indexOf(NOT_UTF8) >= 0) {
                String name = column < header.size() && !header.get(column).isBlank() ? header.get(column).strip()
                        : "#" + (column + 1);
                throw new ImportException(ValidationIssue.error(row.number(), name, "not UTF-8 text: '"
                        + row.cells().get(column) + "'; save the file as \"CSV UTF-8\""));
            }
        }
    }

    private static void skipByteOrderMark(BufferedInputStream bytes) throws IOException {
        bytes.mark(3);
        byte[] bom = bytes.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            bytes.reset();
        }
    }

    /** Turns what stopped the parser into the file's rejection; a plain I/O failure stays one. */
    private static ImportException rejection(IOException e, long line) throws IOException {
        if (ImportLimitExceededException.findIn(e).isPresent()) {
            return new ImportException(ImportLimitExceededException.findIn(e).get().issue());
        }
        if (e instanceof CSVException) {
            return new ImportException(ValidationIssue.error((int) line, null, "not readable as CSV: " + e.getMessage()));
        }
        throw e;
    }
}
