package io.batterylab.sample.generator;

import io.batterylab.sample.SampleDataFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Generates the shipped synthetic 124-cell set (see sample-data/README.md for the model and its parameters).
 * Deterministic: the same seed gives the same text on every JDK (java.util.Random, StrictMath, exact decimal
 * formatting); the gzip bytes may differ between zlib versions, the decompressed text does not.
 *
 * <pre>
 * java -cp &lt;classes&gt; io.batterylab.sample.generator.SyntheticCellGenerator [output-dir [seed]]
 * </pre>
 */
public final class SyntheticCellGenerator {
    /** Severson et al. was published on 25 March 2019. */
    public static final long DEFAULT_SEED = 20190325L;

    private static final System.Logger LOG = System.getLogger(SyntheticCellGenerator.class.getName());

    /** The two files as text. */
    public record GeneratedData(String cellsCsv, String cyclesCsv, int cycleRows) {
    }

    private SyntheticCellGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : SampleDataFormat.FOLDER);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        GeneratedData data = generate(seed);
        write(data, folder);
        LOG.log(System.Logger.Level.INFO, "wrote {0} cells, {1} cycle rows (seed {2}) to {3}",
                Integer.toString(CellPopulation.CELL_COUNT), Integer.toString(data.cycleRows()), Long.toString(seed),
                folder.toAbsolutePath());
    }

    public static GeneratedData generate(long seed) {
        List<CellParameters> cells = CellPopulation.sample(seed);
        StringBuilder cellsCsv = new StringBuilder(String.join(",", SampleDataFormat.CELL_COLUMNS)).append('\n');
        StringBuilder cyclesCsv = new StringBuilder(12_000_000)
                .append(String.join(",", SampleDataFormat.CYCLE_COLUMNS)).append('\n');
        int rows = 0;
        for (CellParameters cell : cells) {
            cellsCsv.append(cellLine(cell)).append('\n');
            for (double[] row : CellSimulator.simulate(cell)) {
                appendCycleLine(cyclesCsv, cell.id(), row);
                rows++;
            }
        }
        return new GeneratedData(cellsCsv.toString(), cyclesCsv.toString(), rows);
    }

    public static void write(GeneratedData data, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(SampleDataFormat.CELLS_FILE), data.cellsCsv(), StandardCharsets.UTF_8);
        // GZIPOutputStream writes a zero timestamp and no file name, so the header carries no build date
        try (OutputStream file = Files.newOutputStream(folder.resolve(SampleDataFormat.CYCLES_FILE));
                Writer out = new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8)) {
            out.write(data.cyclesCsv());
        }
    }

    private static String cellLine(CellParameters cell) {
        return String.join(",", cell.id(), cell.split(), cell.policy().toString(), Integer.toString(cell.cycleLife()),
                Decimals.format(SampleDataFormat.NOMINAL_CAPACITY_AH, 1), "true",
                Decimals.format(cell.fade().initialCapacityAh(), 4), Decimals.format(cell.resistance().initialOhm(), 6),
                Decimals.format(cell.fade().linearFraction(), 3), Decimals.format(cell.fade().kneeTimeConstant(), 1));
    }

    private static void appendCycleLine(StringBuilder out, String cellId, double[] row) {
        out.append(cellId).append(',').append((int) row[0]);
        for (int f = 0; f < SampleDataFormat.FEATURE_COLUMNS.size(); f++) {
            out.append(',').append(Decimals.format(row[1 + f], SampleDataFormat.FEATURE_DECIMALS.get(f)));
        }
        out.append(',').append((int) row[row.length - 2]);
        out.append(',').append(Decimals.format(row[row.length - 1], SampleDataFormat.PCL_DECIMALS)).append('\n');
    }
}
