package io.batterylab.ui.training;

/** What a cell is used for in a training job. */
public enum CellRole {
    UNUSED("–"),
    TRAIN("Train"),
    VALIDATION("Validation"),
    TEST("Test");

    private final String label;

    CellRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
