package io.batterylab.core.detection;

/** Channel names of a sensor node (SPEC §9 payload keys), as detectors ask for them. */
public final class Channels {
    /** Internal cell temperature, PT100 (°C); the one channel of the thermal recordings. */
    public static final String TEMP_INTERNAL = "temp_internal_c";
    public static final String TEMP_AMBIENT = "temp_ambient_c";
    public static final String HUMIDITY = "humidity_percent";
    public static final String MQ2 = "mq2_ppm";
    public static final String MQ4 = "mq4_ppm";
    public static final String MQ8 = "mq8_ppm";
    public static final String MQ7 = "mq7_ppm";
    public static final String VOC_INDEX = "voc_index";
    public static final String SMOKE = "max30105_smoke";
    public static final String SMOKE_SENSOR_TEMP = "max30105_temp_c";

    private Channels() {
    }
}
