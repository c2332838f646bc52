package io.batterylab.source.mat;

import io.batterylab.core.plugin.DataSource;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedData;
import io.batterylab.source.table.ImportLimitExceededException;
import io.batterylab.source.table.IssueLog;
import io.batterylab.source.table.LimitedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * MATLAB .mat files (v5/v7) in the processed Severson/Wen layout, see {@link SeversonLayout}. The file
 * is read into memory within the size limit first: the MAT format points back and forth inside the
 * file, and the processed data set is a few megabytes.
 */
@Component(service = DataSource.class)
public final class MatDataSource implements DataSource {
    private static final byte[] MAT_HEADER = "MATLAB ".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String id() {
        return "mat";
    }

    @Override
    public String displayName() {
        return "MATLAB .mat (processed Severson/Wen layout)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("mat");
    }

    @Override
    public Recognition recognize(String fileName, byte[] head) {
        if (!accepts(fileName)) {
            return Recognition.NONE;
        }
        boolean matHeader = head.length >= MAT_HEADER.length
                && Arrays.equals(head, 0, MAT_HEADER.length, MAT_HEADER, 0, MAT_HEADER.length);
        return matHeader ? Recognition.BY_CONTENT : Recognition.BY_NAME;
    }

    @Override
    public ImportedData read(InputStream in, String fileName, ImportLimits limits) throws ImportException, IOException {
        byte[] file;
        try {
            file = new LimitedInputStream(in, limits.maxBytes()).readAllBytes();
        } catch (ImportLimitExceededException e) {
            throw new ImportException(e.issue());
        }
        IssueLog log = new IssueLog(SeversonLayout.ROW_NUMBERING);
        Map<String, MatArray> variables = MatVariables.read(file, SeversonLayout.variables(),
                SeversonLayout.maxValues(limits), log);
        return SeversonLayout.assemble(variables, limits, log);
    }
}
