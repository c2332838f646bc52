package io.batterylab.source.mat;

import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.source.table.Failures;
import io.batterylab.source.table.IssueLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.format.Mat5Reader;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.Matrix;
import us.hebi.matlab.mat.types.Sources;

/**
 * Reads chosen variables of a MATLAB v5 .mat file (also v7, which is v5 with compression) with the
 * MAT File Library. Variables are filtered by their header before their data are read: others are
 * skipped unread, and one declaring more values than the row limit allows is refused before any
 * memory is allocated for it.
 */
final class MatVariables {
    private static final String HDF5_MAT = "MATLAB 7.3 MAT-file";
    /** The v5 header: 116 bytes of text, subsystem offset, version and endian indicator. */
    private static final int HEADER_BYTES = 128;

    private MatVariables() {
    }

    static Map<String, MatArray> read(byte[] file, Set<String> wanted, long maxValues, IssueLog log)
            throws ImportException {
        checkHeader(file);
        List<String> tooLarge = new ArrayList<>();
        Mat5Reader.EntryFilter filter = header -> {
            if (!wanted.contains(header.getName())) {
                return false;
            }
            long values = 1;
            for (int dimension : header.getDimensions()) {
                values *= dimension;
            }
            if (values > maxValues) {
                tooLarge.add(header.getName());
                return false;
            }
            return true;
        };
        Map<String, MatArray> variables = new HashMap<>();
        try (Mat5File mat = Mat5.newReader(Sources.wrap(file)).setEntryFilter(filter).readMat()) {
            for (MatFile.Entry entry : mat.getEntries()) {
                toArray(entry, log).ifPresent(array -> variables.put(array.name(), array));
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable("not a readable MATLAB .mat file (truncated or damaged?): " + Failures.innermostMessage(e));
        }
        for (String name : tooLarge) {
            log.error(null, name, "holds more than " + maxValues + " values, beyond the import limit");
        }
        return variables;
    }

    private static Optional<MatArray> toArray(MatFile.Entry entry, IssueLog log) throws ImportException {
        Array array = entry.getValue();
        if (!(array instanceof Matrix matrix) || matrix.isComplex() || array.getNumDimensions() != 2) {
            log.error(null, entry.getName(), "is a " + array.getType() + " array of " + array.getNumDimensions()
                    + " dimensions, not a real numeric matrix");
            return Optional.empty();
        }
        double[] values = new double[matrix.getNumElements()];
        for (int i = 0; i < values.length; i++) {
            values[i] = matrix.getDouble(i);
        }
        return Optional.of(new MatArray(entry.getName(), matrix.getNumRows(), matrix.getNumCols(), values));
    }

    private static void checkHeader(byte[] file) throws ImportException {
        if (file.length < HEADER_BYTES) {
            throw unreadable("not a MATLAB .mat file: only " + file.length + " bytes, shorter than its header");
        }
        String text = new String(file, 0, HDF5_MAT.length(), StandardCharsets.US_ASCII);
        if (text.equals(HDF5_MAT)) {
            throw unreadable("MATLAB v7.3 (HDF5) .mat files are not supported; save it with save(..., '-v7')");
        }
    }

    private static ImportException unreadable(String message) {
        return new ImportException(ValidationIssue.error(null, null, message));
    }
}
