package io.batterylab.source.mat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Matrix;

/**
 * Writes small .mat files in the processed Severson/Wen layout with the MAT File Library. The default
 * content is valid: cell 1 has cycles 1-3 (life 3), cell 2 cycles 2-3 (life 7); 8 features, feature
 * column k of 0-based row r holding 10 r + k; cell 2 in train, cell 1 in test.
 */
final class MatFiles {
    final Map<String, double[][]> variables = new LinkedHashMap<>();

    MatFiles() {
        double[][] features = new double[5][8];
        for (int r = 0; r < 5; r++) {
            for (int k = 0; k < 8; k++) {
                features[r][k] = 10 * r + k;
            }
        }
        variables.put("Features_mov_Flt", features);
        variables.put("PCL_Flt", column(0.01, 0.02, 0.21, 0.03, 0.19));
        variables.put("RUL_Flt", column(2, 1, 0, 5, 4));
        variables.put("Cycles_Flt", column(1, 2, 3, 2, 3));
        variables.put("Num_Cycles_Flt", column(3, 2));
        variables.put("train_ind", new double[][] { { 2 } });
        variables.put("test_ind", new double[][] { { 1 } });
    }

    MatFiles with(String name, double[][] values) {
        variables.put(name, values);
        return this;
    }

    MatFiles without(String name) {
        variables.remove(name);
        return this;
    }

    static double[][] column(double... values) {
        double[][] column = new double[values.length][1];
        for (int i = 0; i < values.length; i++) {
            column[i][0] = values[i];
        }
        return column;
    }

    Path write(Path file) throws IOException {
        try (Mat5File mat = Mat5.newMatFile()) {
            variables.forEach((name, values) -> {
                Matrix matrix = Mat5.newMatrix(values.length, values.length == 0 ? 0 : values[0].length);
                for (int r = 0; r < values.length; r++) {
                    for (int c = 0; c < values[r].length; c++) {
                        matrix.setDouble(r, c, values[r][c]);
                    }
                }
                mat.addArray(name, matrix);
            });
            Mat5.writeToFile(mat, file.toFile());
        }
        return file;
    }
}
