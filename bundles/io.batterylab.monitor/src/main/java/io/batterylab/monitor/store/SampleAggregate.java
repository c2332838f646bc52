package io.batterylab.monitor.store;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.device.mqtt.SensorPayloadParser;
import io.batterylab.monitor.StoredSample;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples taken together, as one point of a series or one minute of retention: the earliest received and device
 * times, the count, whether any followed a gap, the worst statuses, the highest risk and per channel the sum and
 * weight of its values (a missing or non-finite value counts for nothing, as the database's NULL). Parts already
 * aggregated (a database bucket, a minute row) add their sums and weights.
 */
final class SampleAggregate {
    private static final List<String> CHANNELS = SensorPayloadParser.CHANNELS;
    private static final DeviceStatus[] STATUSES = DeviceStatus.values();

    long firstMs = Long.MAX_VALUE;
    long deviceTimeMs = Long.MAX_VALUE;
    int count;
    boolean gap;
    int deviceRank = -1;
    int modelRank = -1;
    double risk = Double.NaN;
    final double[] sums = new double[CHANNELS.size()];
    final double[] weights = new double[CHANNELS.size()];

    void add(SampleRow row) {
        DeviceStatus model = row.modelStatus();
        addPart(row.receivedMs(), row.sample().timestampMs(), 1, row.gapBefore(),
                row.sample().deviceStatus().ordinal(), model == null ? -1 : model.ordinal(),
                model == null ? Double.NaN : row.modelRisk());
        Map<String, Double> channels = row.sample().channels();
        for (int c = 0; c < sums.length; c++) {
            Double value = channels.get(CHANNELS.get(c));
            if (value != null && Double.isFinite(value)) {
                sums[c] += value;
                weights[c]++;
            }
        }
    }

    /** Adds what the channels do not cover (their sums and weights are the caller's to add). */
    void addPart(long t, long deviceTime, int n, boolean gapBefore, int device, int model, double maxRisk) {
        firstMs = Math.min(firstMs, t);
        deviceTimeMs = Math.min(deviceTimeMs, deviceTime);
        count += n;
        gap |= gapBefore;
        deviceRank = Math.max(deviceRank, device);
        modelRank = Math.max(modelRank, model);
        if (Double.isFinite(maxRisk) && !(maxRisk <= risk)) {
            risk = maxRisk;
        }
    }

    void addChannel(int c, double sum, double weight) {
        sums[c] += sum;
        weights[c] += weight;
    }

    /** The channel's mean, NaN when no sample had it. */
    double mean(int c) {
        return weights[c] == 0 ? Double.NaN : sums[c] / weights[c];
    }

    static int rank(DeviceStatus status) {
        return status == null ? -1 : status.ordinal();
    }

    static DeviceStatus status(int rank) {
        return rank < 0 ? null : STATUSES[rank];
    }

    /** As a point of a series (a risk of 0 when samples had a model status but no finite risk, as SQL's NULL read). */
    StoredSample toSample(String deviceId) {
        Map<String, Double> channels = new HashMap<>();
        for (int c = 0; c < sums.length; c++) {
            if (weights[c] > 0) {
                channels.put(CHANNELS.get(c), mean(c));
            }
        }
        DeviceStatus model = status(modelRank);
        return new StoredSample(deviceId, Instant.ofEpochMilli(firstMs), deviceTimeMs, count, gap, status(deviceRank),
                model, model == null ? Double.NaN : Double.isNaN(risk) ? 0 : risk, channels);
    }
}
