package io.batterylab.detection.cli;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModelFile;
import io.batterylab.detection.evaluation.AlarmCalibration;
import io.batterylab.detection.evaluation.SensorNoise;
import java.util.Arrays;
import java.util.Map;

/** {@code --calibrate K} of train and cv: the alarm threshold and N chosen by inner K-fold cross-validation. */
final class CalibrationOption {
    /** The settings component a calibrated threshold replaces (every built-in learned detector has it). */
    static final String ALARM_AT = "alarmAt";
    /** Manifest figure that carries a calibrated model's N to {@code evaluate}. */
    static final String CONFIRM_FIGURE = "confirm_windows";

    private CalibrationOption() {
    }

    /** The inner cross-validation --calibrate asks for, or null when it is not given. */
    static AlarmCalibration of(Detector detector, Options options, long seed, int negativeStride,
            SensorNoise trainingNoise) throws UsageException {
        if (options.optional("--calibrate") == null) {
            return null;
        }
        if (options.optional("--confirm") != null) {
            throw new UsageException("--calibrate chooses N itself; leave out --confirm");
        }
        if (!detector.needsTrainedModel()) {
            throw new UsageException("--calibrate is for detectors that learn; " + detector.id()
                    + " is a rule whose settings are its alarm");
        }
        return new AlarmCalibration(options.integer("--calibrate", AlarmCalibration.DEFAULT.innerFolds(), 2), seed,
                negativeStride, trainingNoise);
    }

    /** The settings with the chosen threshold as their {@value #ALARM_AT}. */
    static Record withThreshold(Detector detector, Record settings, AlarmCalibration.Choice choice)
            throws UsageException {
        if (Arrays.stream(settings.getClass().getRecordComponents()).noneMatch(c -> c.getName().equals(ALARM_AT))) {
            throw new UsageException("detector " + detector.id() + " has no " + ALARM_AT
                    + " setting for a calibrated threshold");
        }
        return DetectorModelFile.withOverrides(settings, Map.of(ALARM_AT, Double.toString(choice.alarmAt())));
    }
}
