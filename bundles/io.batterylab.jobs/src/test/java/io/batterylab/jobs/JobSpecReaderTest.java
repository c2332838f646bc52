package io.batterylab.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.TrainingJobSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobSpecReaderTest extends JobsFixture {
    JobSpecReader reader() {
        return new JobSpecReader(batteries, algorithms);
    }

    @Test
    void givenYamlSpecWithCellNamesAndPartialSettingsWhenReadThenIdsAndDefaultsFilledIn() {
        TrainingJobSpec spec = reader().read(alice, """
                name: case A
                target: rul
                cells:
                  train: [cell 1, 2]
                  validation: [cell 3]
                  test: [4]
                runs:
                  - algorithm: mean
                    features: [ir]
                    settings: {epochs: 7}
                """);

        assertEquals("case A", spec.name());
        assertEquals(TargetChoice.RUL, spec.target());
        assertEquals(DatasetSelection.byCell(List.of(1L, 2L), List.of(3L), List.of(4L)), spec.dataset());
        assertEquals(List.of(Feature.IR), spec.runs().get(0).features());
        assertEquals(new MeanAlgorithm.MeanSettings(7, 0, false), spec.runs().get(0).settings());
    }

    @Test
    void givenJsonSpecWithRowLevelSplitWhenReadThenTheSplitLeaks() {
        TrainingJobSpec spec = reader().read(alice, """
                {"target": "rul", "cells": {"train": [1, 2]},
                 "rowLevelSplit": {"validationFraction": 0.2, "testFraction": 0.1, "seed": 5},
                 "runs": [{"algorithm": "mean", "features": ["ir"]}]}
                """);
        assertTrue(spec.dataset().leaks());
        assertEquals(new DatasetSelection.RowLevelSplit(0.2, 0.1, 5), spec.dataset().rowLevelSplit());
        assertEquals(new MeanAlgorithm().defaultSettings(), spec.runs().get(0).settings());
    }

    @Test
    void givenTargetBothWhenReadThenTheJobTrainsBothAndAnUnknownTargetNamesTheChoices() {
        String rest = "\ncells: {train: [1]}\nruns: [{algorithm: mean, features: [ir]}]";
        assertEquals(TargetChoice.BOTH, reader().read(alice, "target: both" + rest).target());
        assertEquals(TargetChoice.PCL, reader().read(alice, "target: PCL" + rest).target());
        assertEquals("target must be rul, pcl or both", assertThrows(IllegalArgumentException.class,
                () -> reader().read(alice, "target: soh" + rest)).getMessage());
    }

    @Test
    void givenMistakesWhenReadThenTheMessageNamesTheField() {
        assertEquals("cells.train: no battery is named 'cell 9'", assertThrows(IllegalArgumentException.class,
                () -> reader().read(alice, "target: rul\ncells: {train: [cell 9]}\nruns: [{algorithm: mean, features: [ir]}]"))
                .getMessage());
        assertEquals("cells.train: battery 5 does not exist or is not yours", assertThrows(IllegalArgumentException.class,
                () -> reader().read(alice, "target: rul\ncells: {train: [5]}\nruns: [{algorithm: mean, features: [ir]}]"))
                .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> reader().read(alice, "target: rul\ncells: {train: [1]}\nruns: [{algorithm: nope, features: [ir]}]"))
                .getMessage().startsWith("runs[0].algorithm: 'nope' is not installed; installed: mean"));
        assertEquals("runs[0].features: unknown feature 'volts'", assertThrows(IllegalArgumentException.class,
                () -> reader().read(alice, "target: rul\ncells: {train: [1]}\nruns: [{algorithm: mean, features: [volts]}]"))
                .getMessage());
        assertEquals("'runs' is missing", assertThrows(IllegalArgumentException.class,
                () -> reader().read(alice, "target: rul\ncells: {train: [1]}")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> reader().read(alice,
                "target: rul\ncells: {train: [1]}\nruns: [{algorithm: mean, features: [ir], settings: {epochs: many}}]"))
                .getMessage().startsWith("runs[0].settings:"));
    }
}
