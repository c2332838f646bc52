package io.batterylab.detection.evaluation;

import java.util.List;

/** Per-recording scores, the summary over them, and the files that were left out. */
public record EvaluationResult(List<RecordingScore> recordings, EvaluationSummary summary) {
    public EvaluationResult {
        recordings = List.copyOf(recordings);
    }
}
