package io.batterylab.ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelLibrarySummaryTest {
    @Test
    void givenNoModelVersions_thenTheLineSaysWhereTheyComeFrom() {
        String line = ModelLibraryView.summary(0);

        assertTrue(line.contains("New training job") && line.contains("Import"), line);
    }

    @Test
    void givenSomeModelVersions_thenTheyAreCountedInWords() {
        assertEquals("1 model version", ModelLibraryView.summary(1));
        assertEquals("7 model versions", ModelLibraryView.summary(7));
    }
}
