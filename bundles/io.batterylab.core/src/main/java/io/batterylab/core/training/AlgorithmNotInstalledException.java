package io.batterylab.core.training;

/**
 * The algorithm a run or a model version needs is not installed (e.g. its plugin jar was removed from the plugins
 * folder). The message names the algorithm and is written for the user; the REST API answers it with 409.
 */
public class AlgorithmNotInstalledException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String algorithmId;

    public AlgorithmNotInstalledException(String algorithmId, String context) {
        super("algorithm '" + algorithmId + "' is not installed" + (context == null ? "" : ": " + context));
        this.algorithmId = algorithmId;
    }

    public String algorithmId() {
        return algorithmId;
    }
}
