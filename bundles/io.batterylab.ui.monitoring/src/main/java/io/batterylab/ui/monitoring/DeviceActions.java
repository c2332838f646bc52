package io.batterylab.ui.monitoring;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.ui.status.FailureReporter;
import io.batterylab.ui.status.UiJobs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;

/**
 * The Monitoring area's device actions, each a dialog and then a Job on the monitor: claim, rename, remove, choose
 * detectors, send a status, and train a detector from recordings. The view reloads its devices after a change.
 */
final class DeviceActions {
    private final Composite root;
    private final MonitoringServices services;
    private final Runnable reload;
    private DetectorTraining.Result lastTraining;

    DeviceActions(Composite root, MonitoringServices services, Runnable reload) {
        this.root = root;
        this.services = services;
        this.reload = reload;
    }

    void claim() {
        List<String> heard = new ArrayList<>(services.monitor().unclaimedSamples().keySet());
        ClaimDialog dialog = new ClaimDialog(root.getShell(), heard);
        if (dialog.open() != Window.OK) {
            return;
        }
        String id = dialog.deviceId();
        UiJobs.schedule(root, "Claim node " + id, monitor -> services.monitor().claim(services.userId(), id,
                dialog.deviceName()), result -> {
                    switch (result) {
                        case DeviceStore.ClaimResult.Claimed claimed -> reload.run();
                        case DeviceStore.ClaimResult.AlreadyYours yours -> MessageDialog.openInformation(
                                root.getShell(), "Already yours", "Node " + id + " is already yours, as \""
                                        + yours.device().name() + "\".");
                        case DeviceStore.ClaimResult.TakenByAnotherUser taken -> report("Claim node " + id,
                                "node " + id + " is claimed by another user; ask them to remove it first");
                    }
                });
    }

    void rename(DeviceRow row) {
        InputDialog dialog = new InputDialog(root.getShell(), "Rename " + row.deviceId(), "New name:",
                row.device().name(), text -> text.isBlank() ? "The name cannot be empty"
                        : text.length() > 255 ? "At most 255 characters" : null);
        if (dialog.open() == Window.OK) {
            String name = dialog.getValue().strip();
            UiJobs.schedule(root, "Rename " + row.deviceId(), monitor -> services.monitor().rename(services.userId(),
                    row.deviceId(), name), done -> reload.run());
        }
    }

    void remove(DeviceRow row) {
        if (MessageDialog.openConfirm(root.getShell(), "Remove " + row.device().name(), "Remove " + row.device().name()
                + " (" + row.deviceId() + ") with all its samples, alarms and corrections? Its id can be claimed "
                + "again.")) {
            UiJobs.schedule(root, "Remove " + row.deviceId(), monitor -> services.monitor().remove(services.userId(),
                    row.deviceId()), done -> reload.run());
        }
    }

    void chooseDetectors(DeviceRow row) {
        DetectorsDialog dialog = new DetectorsDialog(root.getShell(), row.device().name(),
                services.monitor().detectorChoices(services.userId()), row.device().detectors());
        if (dialog.open() == Window.OK) {
            List<String> chosen = dialog.chosen();
            UiJobs.schedule(root, "Choose the detectors of " + row.deviceId(), monitor -> services.monitor()
                    .setDetectors(services.userId(), row.deviceId(), chosen), done -> reload.run());
        }
    }

    void sendStatus(DeviceRow row) {
        DeviceStatus[] statuses = DeviceStatus.values();
        String[] labels = new String[statuses.length + 1];
        for (int i = 0; i < statuses.length; i++) {
            labels[i] = statuses[i].name();
        }
        labels[statuses.length] = "Cancel";
        MessageDialog dialog = new MessageDialog(root.getShell(), "Send status to " + row.device().name(), null,
                "Send a status to node " + row.deviceId() + " now? The automatic corrections then hold off as after "
                        + "their own.", MessageDialog.QUESTION, statuses.length, labels);
        int chosen = dialog.open();
        if (chosen >= 0 && chosen < statuses.length) {
            send(row.deviceId(), statuses[chosen]);
        }
    }

    /** Sends a status to one of the user's devices in a Job (the Send status… action after its dialog). */
    void send(String deviceId, DeviceStatus status) {
        UiJobs.schedule(root, "Send " + status + " to " + deviceId, monitor -> services.monitor()
                .sendStatus(services.userId(), deviceId, status), sent -> {
                    if (!sent) {
                        report("Send " + status + " to " + deviceId, "you have no device " + deviceId);
                    }
                });
    }

    void openTraining() {
        TrainDetectorDialog dialog = new TrainDetectorDialog(root.getShell(), services.detectors().all());
        if (dialog.open() == Window.OK) {
            trainDetector(dialog.folder(), dialog.detectorId());
        }
    }

    /**
     * Trains the detector on the folder's recordings in a Job and stores the model as the user's; says what came of
     * it in a dialog that does not block.
     */
    void trainDetector(Path folder, String detectorId) {
        String what = "Train " + detectorId + " on " + folder;
        UiJobs.schedule(root, what, monitor -> {
            Detector detector = services.detectors().find(detectorId).orElseThrow(() -> new IllegalArgumentException(
                    "detector " + detectorId + " is not installed"));
            return DetectorTraining.train(services.userId(), detector, folder, services.detectorModels());
        }, result -> {
            lastTraining = result;
            MessageDialog done = new MessageDialog(root.getShell(), "Detector trained", null, result.describe(),
                    MessageDialog.INFORMATION, 0, "OK");
            done.setBlockOnOpen(false);
            done.open();
        });
    }

    /** The last training this view ran, null before one. */
    DetectorTraining.Result lastTraining() {
        return lastTraining;
    }

    private void report(String what, String why) {
        FailureReporter.of(root.getDisplay()).report(what, new IllegalStateException(why));
    }
}
