package io.batterylab.monitor;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.monitor.store.LastSeen;
import io.batterylab.monitor.store.SampleRow;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what an assessed sample led to, under its device's lock: the stored sample (batched by the
 * {@link SampleWriter}) and its last-seen, the live event, the correction sent to the node and kept, the alarm raised,
 * escalated or cleared. Also sends and keeps the statuses users send by hand. A device removed meanwhile, here or by
 * another monitor process sharing the store, gets nothing recorded.
 */
final class StepRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(StepRecorder.class);

    private final MonitorService.Stores stores;
    private final SampleWriter writer;
    private final TrackedDevices tracked;
    private final Consumer<MonitorEvent> events;
    private volatile StatusSender sender = (id, status) -> {
        throw new IOException("no connection to the devices");
    };

    StepRecorder(MonitorService.Stores stores, SampleWriter writer, TrackedDevices tracked,
            Consumer<MonitorEvent> events) {
        this.stores = stores;
        this.writer = writer;
        this.tracked = tracked;
        this.events = events;
    }

    void sendThrough(StatusSender sender) {
        this.sender = sender;
    }

    /** Records one assessed sample of the device; the caller holds the device's lock. */
    void record(TrackedDevice device, MonitorStep step, Instant now) {
        if (device.removed) {
            LOG.debug("Device {} was removed while its sample was assessed; its verdict, alarm and correction are"
                    + " dropped", device.deviceId);
            return;
        }
        SensorSample sample = step.sample();
        DeviceStatus model = step.verdict().map(ModelVerdict::status).orElse(null);
        double risk = step.verdict().map(ModelVerdict::risk).orElse(Double.NaN);
        boolean gap = step.offer() == DeviceWindow.Offer.AFTER_GAP;
        writer.add(new SampleRow(device.pk, now.toEpochMilli(), sample, gap, model, risk),
                new LastSeen(device.pk, now.toEpochMilli(), sample.deviceStatus(), model, risk));
        events.accept(new MonitorEvent.SampleReceived(device.userId, new StoredSample(device.deviceId, now,
                sample.timestampMs(), 1, gap, sample.deviceStatus(), model, risk, sample.channels())));
        try {
            // no lambdas: they would be made for every sample, most of which lead to neither
            if (step.correction().isPresent()) {
                correct(device, step.correction().get(), sample.deviceStatus(), model, now);
            }
            if (step.alarm().isPresent()) {
                alarm(device, step.alarm().get(), sample, now);
            }
        } catch (RuntimeException e) {
            if (stores.devices().owner(device.deviceId).filter(o -> o.devicePk() == device.pk).isPresent()) {
                throw e;
            }
            // removed by another monitor process sharing the store: its alarm or correction has no device to go to
            LOG.debug("Device {} was removed elsewhere; its alarm or correction is dropped: {}", device.deviceId,
                    e.getMessage());
            device.removed = true;
            tracked.forget(device.deviceId, device);
            writer.forget(device.pk);
        }
    }

    private void correct(TrackedDevice device, DeviceStatus command, DeviceStatus deviceStatus, DeviceStatus model,
            Instant now) {
        try {
            sender.send(device.deviceId, command);
        } catch (IOException e) {
            LOG.error("Correction {} for device {} not sent: {}", command, device.deviceId, e.getMessage());
            return;
        }
        long id = stores.alarms().recordCorrection(device.pk, now, command, deviceStatus, model, null);
        LOG.info("Sent {} to device {} (device {}, model {})", command, device.deviceId, deviceStatus, model);
        events.accept(new MonitorEvent.CorrectionSent(device.userId,
                new Correction(id, device.deviceId, now, command, deviceStatus, model, null)));
    }

    /**
     * Sends a status a user chose to the device and keeps it as that user's correction.
     *
     * @throws IOException when it cannot be sent; nothing is kept then
     */
    void sendByHand(TrackedDevice device, DeviceStatus status, long userId, Instant now) throws IOException {
        sender.send(device.deviceId, status);
        long id = stores.alarms().recordCorrection(device.pk, now, status, null, null, userId);
        LOG.info("Sent {} to device {} by user {}", status, device.deviceId, userId);
        events.accept(new MonitorEvent.CorrectionSent(userId,
                new Correction(id, device.deviceId, now, status, null, null, userId)));
    }

    private void alarm(TrackedDevice device, AlarmChange change, SensorSample sample, Instant now) {
        switch (change) {
            case AlarmChange.Raised raised -> device.openAlarm = stores.alarms().raise(device.pk, raised.severity(),
                    raised.detectors(), raised.risk(), sample.channels(), now);
            case AlarmChange.Escalated up -> stores.alarms().escalate(device.openAlarm, up.severity(), up.detectors(),
                    up.risk());
            case AlarmChange.Cleared cleared -> stores.alarms().clear(device.openAlarm, now);
        }
        stores.alarms().find(device.userId, device.openAlarm)
                .ifPresent(alarm -> events.accept(new MonitorEvent.AlarmChanged(device.userId, alarm)));
    }
}
