package io.batterylab.detector.threshold;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.settings.Setting;
import java.util.LinkedHashMap;
import java.util.Map;

/** The node's thresholds (SPEC §9; defaults as in its example payload). Every one is an upper bound. */
public record ThresholdSettings(
        @Setting(label = "Internal temperature (°C)", min = -50, max = 1500) double tempInternalC,
        @Setting(label = "Ambient temperature (°C)", min = -50, max = 200) double tempAmbientC,
        @Setting(label = "Humidity (%)", min = 0, max = 100) double humidityPercent,
        @Setting(label = "MQ-2 (ppm)", min = 0, max = 100000) double mq2Ppm,
        @Setting(label = "MQ-4 (ppm)", min = 0, max = 100000) double mq4Ppm,
        @Setting(label = "MQ-8 (ppm)", min = 0, max = 100000) double mq8Ppm,
        @Setting(label = "MQ-7 (ppm)", min = 0, max = 100000) double mq7Ppm,
        @Setting(label = "VOC index", min = 0, max = 500) double vocIndex,
        @Setting(label = "Smoke (MAX30105 IR)", min = 0, max = 1000000) double max30105Smoke,
        @Setting(label = "MAX30105 temperature (°C)", min = -50, max = 200) double max30105TempC) {

    public static final ThresholdSettings DEVICE_DEFAULTS = new ThresholdSettings(50, 50, 80, 200, 250, 450, 750, 200,
            750, 50);

    /** Channel name to threshold, in payload order. */
    public Map<String, Double> byChannel() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put(Channels.TEMP_AMBIENT, tempAmbientC);
        map.put(Channels.TEMP_INTERNAL, tempInternalC);
        map.put(Channels.HUMIDITY, humidityPercent);
        map.put(Channels.MQ2, mq2Ppm);
        map.put(Channels.MQ4, mq4Ppm);
        map.put(Channels.MQ8, mq8Ppm);
        map.put(Channels.MQ7, mq7Ppm);
        map.put(Channels.VOC_INDEX, vocIndex);
        map.put(Channels.SMOKE, max30105Smoke);
        map.put(Channels.SMOKE_SENSOR_TEMP, max30105TempC);
        return map;
    }
}
