package io.batterylab.detection.evaluation;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The original project's split, kept only to show how optimistic it is: the labelled windows of all recordings
 * (thinned as for training) shuffled and cut into train and test, so that overlapping windows of one recording
 * land on both sides (the training share with {@link SensorNoise#DEFAULT}, the test share as recorded). Never use it
 * to choose a detector.
 */
public record RandomWindowSplit(double testShare, long seed, int negativeStride) {
    public static final RandomWindowSplit DEFAULT = new RandomWindowSplit(0.2, 1, 400);

    /** Window precision, recall and F1 on the test share, as one line. */
    public String run(Detector detector, Record settings, List<PreparedRecording> recordings) {
        LabelledWindows all = TrainingSet.recorded(recordings, negativeStride);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int testSize = (int) Math.round(all.size() * testShare);
        DetectorModel model = detector.train(SensorNoise.DEFAULT.addTo(subset(all, order.subList(testSize, order.size()))),
                settings);
        WindowCounts counts = new WindowCounts(0, 0, 0);
        for (int i : order.subList(0, testSize)) {
            boolean alarm = model.assess(all.windows().get(i)).alarm();
            boolean runaway = all.runaway().get(i);
            counts = counts.plus(alarm && runaway ? 1 : 0, alarm && !runaway ? 1 : 0, !alarm && runaway ? 1 : 0);
        }
        return String.format(Locale.ROOT, "%d test windows, P %.3f R %.3f F1 %.3f", testSize, counts.precision(),
                counts.recall(), counts.f1());
    }

    private static LabelledWindows subset(LabelledWindows all, List<Integer> indices) {
        List<SampleWindow> windows = new ArrayList<>();
        List<Boolean> runaway = new ArrayList<>();
        for (int i : indices) {
            windows.add(all.windows().get(i));
            runaway.add(all.runaway().get(i));
        }
        return new LabelledWindows(windows, runaway);
    }
}
