package io.batterylab.ui.status;

import io.batterylab.core.training.JobStatus;

/**
 * How a job's status is shown: an icon whose shape alone tells the status (clock, play, tick, cross, stop; the
 * Okabe–Ito colours only add to it, so colour-blind readers lose nothing) and the word that its tooltip reads.
 */
public enum JobStatusLook {
    QUEUED("queued", "Queued"),
    RUNNING("running", "Running"),
    DONE("done", "Done"),
    FAILED("failed", "Failed"),
    CANCELLED("cancelled", "Cancelled");

    private final String icon;
    private final String word;

    JobStatusLook(String icon, String word) {
        this.icon = icon;
        this.word = word;
    }

    public static JobStatusLook of(JobStatus status) {
        return switch (status) {
            case PENDING -> QUEUED;
            case RUNNING -> RUNNING;
            case SUCCEEDED -> DONE;
            case FAILED -> FAILED;
            case CANCELED -> CANCELLED;
        };
    }

    /** The icon's path in this bundle (a 16 px PNG with its {@code @2x} twin beside it). */
    public String iconPath() {
        return "/icons/status/" + icon + ".png";
    }

    /** The word for people, e.g. "Done": the icon's tooltip. */
    public String word() {
        return word;
    }
}
