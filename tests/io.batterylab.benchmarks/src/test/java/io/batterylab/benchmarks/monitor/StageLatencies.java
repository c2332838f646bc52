package io.batterylab.benchmarks.monitor;

import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.monitor.SampleBatcher;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a sample's latency into stages, each timed on the same machine's clock: from its {@code timestamp_ms} (the
 * generator's clock at publishing) to the connector's callback handing it on ({@link #arrived}: broker, socket, Paho's
 * receiver and callback threads, the payload parser); from there to a worker taking its batch ({@link #taken}: the
 * worker's queue); and from the batch taken to its verdict ({@link #verdict}: the detectors and the recording of its
 * batch, the samples ahead of it included).
 */
final class StageLatencies implements SampleBatcher.BatchObserver {
    private final LatencyHistogram callback = new LatencyHistogram();
    private final LatencyHistogram queued = new LatencyHistogram();
    private final LatencyHistogram assessed = new LatencyHistogram();
    private final ThreadLocal<Long> batchTakenMs = ThreadLocal.withInitial(() -> 0L);
    /** By identity: a sample record's own hash reads all of its channels. */
    private final Map<SensorSample, Long> arrivals = Collections.synchronizedMap(new IdentityHashMap<>());

    /** The connector's listener, timing each sample as it arrives before handing it on. */
    DeviceConnector.Listener arrived(DeviceConnector.Listener next) {
        return new DeviceConnector.Listener() {
            @Override
            public void onSample(SensorSample sample) {
                arrivals.put(sample, System.currentTimeMillis());
                next.onSample(sample);
            }

            @Override
            public void onMalformed(String deviceId, String reason) {
                next.onMalformed(deviceId, reason);
            }
        };
    }

    @Override
    public void taken(List<SensorSample> batch) {
        long now = System.currentTimeMillis();
        batchTakenMs.set(now);
        for (SensorSample sample : batch) {
            Long arrived = arrivals.remove(sample);
            if (arrived != null) {
                callback.record(arrived - sample.timestampMs());
                queued.record(now - arrived);
            }
        }
    }

    /** A verdict made now on the worker's thread, for a sample of the batch it took last. */
    void verdict() {
        assessed.record(System.currentTimeMillis() - batchTakenMs.get());
    }

    void reset() {
        callback.reset();
        queued.reset();
        assessed.reset();
    }

    /** p50 and p99 of each stage, as key=value pairs for the report line. */
    String report() {
        return String.format("cb50=%d cb99=%d q50=%d q99=%d as50=%d as99=%d", callback.percentile(0.5),
                callback.percentile(0.99), queued.percentile(0.5), queued.percentile(0.99), assessed.percentile(0.5),
                assessed.percentile(0.99));
    }
}
