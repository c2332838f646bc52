package io.batterylab.monitor;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.device.mqtt.SensorTopics;
import io.batterylab.monitor.store.AlarmStore;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.SampleStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The live monitor: takes samples from a device connector, keeps a {@link DeviceMonitor} per claimed device
 * ({@link TrackedDevices} starts and forgets them) and assesses the due samples together ({@link DetectorBatch});
 * {@link StepRecorder} stores what each led to (samples batched, corrections, alarms), sends the corrections and tells
 * listeners. Samples of ids nobody claimed are counted, not stored. Thread-safe: the samples
 * of one device are handled one at a time.
 */
public final class MonitorService implements DeviceConnector.Listener, AutoCloseable {
    /** The stores of the monitoring area. */
    public record Stores(DeviceStore devices, SampleStore samples, AlarmStore alarms) {
    }

    private final Stores stores;
    private final DetectorSelection detectors;
    private final Clock clock;
    private final Consumer<MonitorEvent> events;
    private final SampleWriter writer;
    private final TrackedDevices tracked;
    private final StepRecorder recorder;
    private final LongAdder malformed = new LongAdder();
    /** Held by {@link #onSamples}, so that batches its callers hand from several threads do not interleave. */
    private final Object inOrder = new Object();
    private volatile BooleanSupplier connected = () -> false;

    public MonitorService(Stores stores, DetectorSelection detectors, MonitorSettings settings, Clock clock,
            Consumer<MonitorEvent> events) {
        this.stores = stores;
        this.detectors = detectors;
        this.clock = clock;
        this.tracked = new TrackedDevices(stores.devices(), stores.alarms(), detectors, settings, clock);
        this.events = events;
        this.writer = new SampleWriter(stores.samples(), stores.devices(), settings.writeIntervalMs(),
                settings.blocks(), pk -> tracked.forgetRemoved(pk));
        this.recorder = new StepRecorder(stores, writer, tracked, events);
    }

    /** Where corrections go: the connection of the connector. */
    public void sendThrough(StatusSender sender) {
        recorder.sendThrough(sender);
    }

    /** How to tell whether the connection to the broker is up (the connection's own state). */
    public void connectedWhen(BooleanSupplier connected) {
        this.connected = connected;
    }

    /** Whether the monitor is connected to the broker now (false before the first connection). */
    public boolean connected() {
        return connected.getAsBoolean();
    }

    @Override
    public void onSample(SensorSample sample) {
        onSamples(List.of(sample));
    }

    /**
     * Handles samples in their order, assessing the windows due among them together: one
     * {@link io.batterylab.core.detection.DetectorModel#assessAll} per detector model for the whole batch (see
     * {@link SampleBatcher}); each device's verdicts, corrections and alarms are then applied in its samples' order,
     * exactly as one sample at a time would.
     */
    public void onSamples(List<SensorSample> samples) {
        synchronized (inOrder) {
            onDeviceSamples(samples);
        }
    }

    /**
     * As {@link #onSamples} without its lock: the caller makes sure that each device's samples come from one thread
     * at a time, in order ({@link SampleBatcher} gives each device to one worker), so that several workers assess
     * different devices at once. Shared parts are thread-safe: the stores, the sample writer, the listeners, and the
     * trained models several devices share (a sequence model runs the batches of several workers at once, each on
     * one libtorch thread).
     */
    void onDeviceSamples(List<SensorSample> samples) {
        List<TrackedDevice> devices = new ArrayList<>(samples.size());
        List<DueSample> due = new ArrayList<>(samples.size());
        for (SensorSample sample : samples) {
            TrackedDevice device = tracked.ofSample(sample.deviceId());
            if (device == null) {
                continue;
            }
            DueSample taken;
            synchronized (device) {
                taken = device.monitor.take(sample);
            }
            if (taken.offer().kept()) {
                devices.add(device);
                due.add(taken);
            }
        }
        List<Assessment[]> assessments = DetectorBatch.assess(due);
        for (int i = 0; i < due.size(); i++) {
            TrackedDevice device = devices.get(i);
            Instant now = clock.instant();
            synchronized (device) {
                recorder.record(device, device.monitor.apply(due.get(i), assessments.get(i), now), now);
            }
        }
    }

    @Override
    public void onMalformed(String deviceId, String reason) {
        malformed.increment();
    }

    /**
     * Claims a node id for the user; its samples are monitored from the next one on.
     *
     * @throws IllegalArgumentException when the id is not one a node can have or the name is blank or too long
     */
    public DeviceStore.ClaimResult claim(long userId, String deviceId, String name) {
        if (!SensorTopics.isValidDeviceId(deviceId)) {
            throw new IllegalArgumentException("device id must be 1 to 64 letters, digits, '.', '_' or '-', got "
                    + deviceId);
        }
        checkName(name);
        DeviceStore.ClaimResult result = stores.devices().claim(userId, deviceId, name, DetectorSelection.DEFAULT);
        tracked.claimed(deviceId);
        return result;
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > 255) {
            throw new IllegalArgumentException("device name must be 1 to 255 characters");
        }
    }

    /** @throws IllegalArgumentException when the name is blank or too long */
    public boolean rename(long userId, String deviceId, String name) {
        checkName(name);
        return stores.devices().rename(userId, deviceId, name);
    }

    /**
     * Forgets the device, its samples, corrections and alarms; its id can be claimed again. Its samples still queued
     * for the database are dropped (and counted), so the other devices' batch is written as usual.
     */
    public boolean remove(long userId, String deviceId) {
        var device = stores.devices().find(userId, deviceId);
        if (device.isEmpty()) {
            return false;
        }
        writer.forget(device.get().id());
        TrackedDevice live = tracked.started(deviceId);
        if (live == null) {
            return stores.devices().remove(userId, deviceId);
        }
        // a sample of it being assessed now finds it removed and writes nothing for a key that no longer exists
        synchronized (live) {
            live.removed = true;
            tracked.forget(deviceId, live);
            return stores.devices().remove(userId, deviceId);
        }
    }

    /**
     * Chooses the detectors of a device; they take over from its next sample (with a new window).
     *
     * @throws IllegalArgumentException naming a detector that is not installed or cannot run untrained, or a
     *         trained model the user does not have
     */
    public boolean setDetectors(long userId, String deviceId, List<String> detectorIds) {
        detectors.check(userId, detectorIds);
        boolean changed = stores.devices().setDetectors(userId, deviceId, detectorIds);
        if (changed) {
            tracked.forget(deviceId);
        }
        return changed;
    }

    /**
     * Sends a status to one of the user's devices by hand; the automatic corrections then hold off as after their
     * own. @return false when the user has no such device
     * @throws IOException when it cannot be sent
     */
    public boolean sendStatus(long userId, String deviceId, DeviceStatus status) throws IOException {
        if (stores.devices().find(userId, deviceId).isEmpty()) {
            return false;
        }
        TrackedDevice device = tracked.find(deviceId);
        Instant now = clock.instant();
        recorder.sendByHand(device, status, userId, now);
        synchronized (device) {
            device.monitor.manualStatusSent(status, now);
        }
        return true;
    }

    /** @return false when the user has no such alarm or it was acknowledged already */
    public boolean acknowledge(long userId, long alarmId) {
        boolean done = stores.alarms().acknowledge(userId, alarmId, clock.instant());
        if (done) {
            stores.alarms().find(userId, alarmId).ifPresent(a -> events.accept(new MonitorEvent.AlarmChanged(userId, a)));
        }
        return done;
    }

    /** What the user can run on a device: installed untrained detectors and the user's trained models. */
    public List<DetectorChoice> detectorChoices(long userId) {
        return detectors.choices(userId);
    }

    /**
     * Why a part of the device's detector choice does not run (e.g. a deleted model replaced by the threshold
     * detector); empty when all of it runs, or before the device's first sample since the monitor started.
     */
    public List<String> detectorProblems(long userId, String deviceId) {
        TrackedDevice device = tracked.started(deviceId);
        return device == null || device.userId != userId ? List.of() : device.detectorProblems;
    }

    /**
     * Looks for trained models their users deleted: those users' devices that run a trained model choose their
     * detectors again from their next sample (the threshold detector instead of a deleted model, with the reason in
     * {@link #detectorProblems}); their open alarms go on. The other devices keep their windows.
     */
    public void dropDeletedModels() {
        List<Long> users = detectors.forgetDeletedModels();
        if (!users.isEmpty()) {
            tracked.forgetTrainedModelsOf(users);
        }
    }

    /** Trained detector models in memory: each once, however many of its user's devices run it. */
    public int loadedDetectorModels() {
        return detectors.loadedModels();
    }

    /** Samples of removed devices that were still waiting for the database, dropped. */
    public long samplesOfRemovedDevicesDropped() {
        return writer.droppedOfRemovedDevices();
    }

    /** Samples received from ids nobody claimed, by id. */
    public Map<String, Long> unclaimedSamples() {
        return tracked.unclaimedSamples();
    }

    public long malformedPayloads() {
        return malformed.sum();
    }

    /** Samples written to the store so far. */
    public long samplesWritten() {
        return writer.written();
    }

    /** Samples waiting for the writer to put them in their blocks (open blocks are read with the stored samples). */
    public int samplesQueued() {
        return writer.backlog();
    }

    /** Writes the queued samples and every open block now (tests, shutdown). */
    public void flush() {
        writer.flush();
    }

    public Stores stores() {
        return stores;
    }

    @Override
    public void close() {
        writer.close();
    }
}
