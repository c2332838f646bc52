package io.batterylab.sample.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.batterylab.sample.CommittedData;
import io.batterylab.sample.SampleDataFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class SyntheticCellGeneratorTest {

    @Test
    void givenDefaultSeed_whenRegenerated_thenExactlyTheCommittedData() throws Exception {
        SyntheticCellGenerator.GeneratedData generated = SyntheticCellGenerator.generate(SyntheticCellGenerator.DEFAULT_SEED);

        byte[] committedCycles;
        try (InputStream in = new GZIPInputStream(
                Files.newInputStream(CommittedData.folder().resolve(SampleDataFormat.CYCLES_FILE)))) {
            committedCycles = in.readAllBytes();
        }
        byte[] committedCells = Files.readAllBytes(CommittedData.folder().resolve(SampleDataFormat.CELLS_FILE));

        assertEquals(sha256(committedCells), sha256(generated.cellsCsv().getBytes(StandardCharsets.UTF_8)),
                "cells file differs from the generator's output: regenerate (see sample-data/README.md)");
        assertEquals(sha256(committedCycles), sha256(generated.cyclesCsv().getBytes(StandardCharsets.UTF_8)),
                "cycles file differs from the generator's output: regenerate (see sample-data/README.md)");
        assertEquals(generated.cycleRows(), generated.cyclesCsv().lines().count() - 1);
    }

    @Test
    void givenSeed_whenCellsSampled_thenSameSeedSameCellsOtherSeedOtherCells() {
        assertEquals(CellPopulation.sample(1), CellPopulation.sample(1));
        assertNotEquals(CellPopulation.sample(SyntheticCellGenerator.DEFAULT_SEED), CellPopulation.sample(1));
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException, IOException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
