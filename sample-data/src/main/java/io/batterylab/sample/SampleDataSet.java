package io.batterylab.sample;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.plugin.ImportedBattery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The shipped synthetic 124-cell set as imported batteries (split, charging policy, cycle life, nominal capacity
 * 1.1 Ah, all cycles). The data are generated, not measured: whoever stores them must mark every battery as
 * synthetic. Files are read from this bundle's own {@code /data/} folder, or from a directory.
 */
public final class SampleDataSet {
    private final Source source;

    private SampleDataSet(Source source) {
        this.source = source;
    }

    /** The files shipped inside this bundle. */
    public static SampleDataSet bundled() {
        return new SampleDataSet(name -> {
            String resource = "/" + SampleDataFormat.FOLDER + "/" + name;
            InputStream in = SampleDataSet.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("sample data " + resource + " is not on the bundle class path");
            }
            return in;
        });
    }

    /** Files written by the generator into {@code folder}. */
    public static SampleDataSet inDirectory(Path folder) {
        return new SampleDataSet(name -> Files.newInputStream(folder.resolve(name)));
    }

    /** @throws IOException when a file is missing or a row is malformed (the message names file, row and column) */
    public List<ImportedBattery> load() throws IOException {
        Map<String, CellRow> cells = readCells();
        Map<String, List<CycleRecord>> cycles = new LinkedHashMap<>();
        cells.keySet().forEach(id -> cycles.put(id, new ArrayList<>()));
        try (InputStream in = new GZIPInputStream(source.open(SampleDataFormat.CYCLES_FILE), 1 << 16)) {
            CsvLines lines = new CsvLines(SampleDataFormat.CYCLES_FILE, in, SampleDataFormat.CYCLE_COLUMNS);
            for (String[] row = lines.next(); row != null; row = lines.next()) {
                List<CycleRecord> cell = cycles.get(row[0]);
                if (cell == null) {
                    throw lines.error("cell_id", "cell '" + row[0] + "' is not in " + SampleDataFormat.CELLS_FILE);
                }
                cell.add(cycleRecord(lines, row));
            }
        }
        List<ImportedBattery> batteries = new ArrayList<>();
        cells.forEach((id, c) -> batteries.add(new ImportedBattery(id, c.split(), c.nominalCapacityAh(), c.policy(),
                c.cycleLife(), cycles.get(id))));
        return batteries;
    }

    private Map<String, CellRow> readCells() throws IOException {
        Map<String, CellRow> cells = new LinkedHashMap<>();
        try (InputStream in = source.open(SampleDataFormat.CELLS_FILE)) {
            CsvLines lines = new CsvLines(SampleDataFormat.CELLS_FILE, in, SampleDataFormat.CELL_COLUMNS);
            for (String[] row = lines.next(); row != null; row = lines.next()) {
                cells.put(row[0], new CellRow(row[1], row[2], lines.integer(row, 3), lines.number(row, 4)));
            }
        }
        return cells;
    }

    private static CycleRecord cycleRecord(CsvLines lines, String[] row) throws IOException {
        double[] features = new double[Feature.values().length];
        for (int f = 0; f < SampleDataFormat.FEATURE_COLUMNS.size(); f++) {
            features[f] = lines.number(row, 2 + f);
        }
        int last = SampleDataFormat.CYCLE_COLUMNS.size() - 1;
        return new CycleRecord(lines.integer(row, 1), FeatureValues.of(features), lines.number(row, last - 1),
                lines.number(row, last));
    }

    private record CellRow(String split, String policy, int cycleLife, double nominalCapacityAh) {
    }

    @FunctionalInterface
    private interface Source {
        InputStream open(String fileName) throws IOException;
    }

    /**
     * Rows of one of our own files. They are machine-written, numeric and never quoted, so splitting at commas
     * is exact, and the bundle stays free of a CSV library.
     */
    private static final class CsvLines {
        private final String file;
        private final BufferedReader reader;
        private final List<String> columns;
        private int lineNumber = 1;

        CsvLines(String file, InputStream in, List<String> columns) throws IOException {
            this.file = file;
            this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            this.columns = columns;
            String header = reader.readLine();
            if (header == null || !header.equals(String.join(",", columns))) {
                throw new IOException(file + " line 1: expected header " + String.join(",", columns) + " but found "
                        + header);
            }
        }

        /** The next row's fields, null at the end. */
        String[] next() throws IOException {
            String line = reader.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
            String[] fields = line.split(",", -1);
            if (fields.length != columns.size()) {
                throw new IOException(file + " line " + lineNumber + ": expected " + columns.size() + " columns, found "
                        + fields.length);
            }
            return fields;
        }

        double number(String[] row, int column) throws IOException {
            try {
                return Double.parseDouble(row[column]);
            } catch (NumberFormatException e) {
                throw error(columns.get(column), "not a number: '" + row[column] + "'");
            }
        }

        int integer(String[] row, int column) throws IOException {
            try {
                return Integer.parseInt(row[column]);
            } catch (NumberFormatException e) {
                throw error(columns.get(column), "not an integer: '" + row[column] + "'");
            }
        }

        IOException error(String column, String problem) {
            return new IOException(file + " line " + lineNumber + ", column " + column + ": " + problem);
        }
    }
}
