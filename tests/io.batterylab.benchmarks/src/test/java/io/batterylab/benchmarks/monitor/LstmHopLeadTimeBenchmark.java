package io.batterylab.benchmarks.monitor;

import io.batterylab.core.detection.DetectorModel;
import io.batterylab.detection.evaluation.PreparedRecording;
import io.batterylab.detection.evaluation.RecordingScorer;
import io.batterylab.detection.recording.RecordingSet;
import io.batterylab.detector.lstm.LstmDetector;
import io.batterylab.detector.lstm.LstmSettings;
import io.batterylab.test.support.SharedData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an evaluation hop costs in detection lead time on the real runaway recordings: the LSTM of the load benchmark
 * (defaults but {@code -Dbenchmark.lstmEpochs=3}, trained on all recordings of {@code thermal/csv}) assesses every
 * complete window of each runaway recording; with hop k the monitor would assess every k-th of them (the first after
 * each hole always) and hold the verdict in between. Printed per recording: onset and lead time (onset − first alarm,
 * s) for hops 1, 2, 3, 4, 6, and how many runaways each hop catches before the onset.
 */
class LstmHopLeadTimeBenchmark {
    private static final int[] HOPS = {1, 2, 3, 4, 6};

    @Test
    void lstmHopLeadTime() throws Exception {
        RecordingSet set = RecordingSet.read(SharedData.file("thermal/csv"));
        LstmDetector lstm = new LstmDetector();
        LstmSettings d = LstmSettings.DEFAULTS;
        DetectorModel model = lstm.train(TrainedDetectors.data(set, lstm), new LstmSettings(d.hidden(), d.layers(),
                Integer.getInteger("benchmark.lstmEpochs", 3), d.learningRate(), d.alarmAt(), d.seed()));
        List<String> table = new ArrayList<>();
        StringBuilder header = new StringBuilder("| recording | onset s |");
        for (int hop : HOPS) {
            header.append(" lead s, hop ").append(hop).append(" |");
        }
        table.add(header.toString());
        table.add("|---|---:|" + "---:|".repeat(HOPS.length));
        int[] beforeOnset = new int[HOPS.length];
        double[] worstDelay = new double[HOPS.length];
        for (PreparedRecording recording : PreparedRecording.all(set.recordings(), lstm.window())) {
            if (!recording.runaway()) {
                continue;
            }
            boolean[] alarms = RecordingScorer.assess(model, recording).alarms();
            StringBuilder row = new StringBuilder("| " + recording.name() + " | " + recording.onsetSeconds() + " |");
            double every = Double.NaN;
            for (int h = 0; h < HOPS.length; h++) {
                double first = firstAlarm(recording, alarms, HOPS[h]);
                double lead = recording.onsetSeconds() - first;
                every = h == 0 ? first : every;
                worstDelay[h] = Math.max(worstDelay[h], Double.isNaN(first) ? 0 : first - every);
                beforeOnset[h] += lead > 0 ? 1 : 0;
                row.append(Double.isNaN(first) ? " none |" : " %.1f |".formatted(lead));
            }
            table.add(row.toString());
        }
        StringBuilder summary = new StringBuilder("| caught before onset / most added delay s | |");
        for (int h = 0; h < HOPS.length; h++) {
            summary.append(" %d / %.1f |".formatted(beforeOnset[h], worstDelay[h]));
        }
        table.add(summary.toString());
        System.out.println("[benchmark] LSTM hop lead time\n" + String.join("\n", table));
    }

    /** The time of the first alarm the monitor raises when the model assesses every hop-th window. */
    private static double firstAlarm(PreparedRecording recording, boolean[] alarms, int hop) {
        int[] ends = recording.windowEnds();
        boolean held = false;
        int since = 0;
        for (int k = 0; k < ends.length; k++) {
            boolean afterHole = k == 0 || ends[k] != ends[k - 1] + 1;
            since = afterHole ? 0 : since + 1;
            if (since % hop == 0) {
                held = alarms[k];
            }
            if (held) {
                return recording.grid().time(ends[k]);
            }
        }
        return Double.NaN;
    }
}
