package io.batterylab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.algorithm.baseline.BaselineSettings;
import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.BatterySource;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.User;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.core.service.ExportService;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.service.Progress;
import io.batterylab.core.service.UploadService;
import io.batterylab.core.service.UserService;
import io.batterylab.core.testing.TestJobService;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.RunSpec;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.core.training.TrainingJobSpec;
import io.batterylab.test.support.Services;
import io.batterylab.ui.testing.TestingServices;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** A new user of the real services with the built-in cells, and tiny Baseline jobs trained for them. */
final class TinyTraining {
    static final long JOB_MILLIS = 180_000;

    private TinyTraining() {
    }

    /** A newly registered user; the built-in cells are loaded. */
    static User newUser(String prefix) throws Exception {
        Services.await(BuiltInDataService.class).ensureLoaded(Progress.none());
        return Services.await(UserService.class).register(prefix + "-" + System.nanoTime(),
                "violet ferns hum 42".toCharArray());
    }

    static List<Battery> builtInCells(User user) throws Exception {
        return Services.await(BatteryService.class).list(user.id(),
                new BatteryFilter(null, null, null, BatterySource.BUILT_IN, null));
    }

    /** Submits a Baseline job of that many epochs on the cells (split by cell: all train). */
    static TrainingJob submit(User user, String name, List<Battery> cells, int epochs) throws Exception {
        return Services.await(TrainingJobService.class).submit(user.id(), new TrainingJobSpec(name, Target.RUL,
                DatasetSelection.byCell(cells.stream().map(Battery::id).toList(), List.of(), List.of()),
                List.of(new RunSpec("baseline", List.of(Feature.DQ_SLOPE, Feature.T_AVG),
                        new BaselineSettings(1e-3, epochs, 1, 16, 0, 1)))));
    }

    /** Waits until the job is final and returns it as stored. */
    static TrainingJob awaitEnd(User user, long jobId) throws Exception {
        TrainingJobService training = Services.await(TrainingJobService.class);
        long deadline = System.currentTimeMillis() + JOB_MILLIS;
        while (!training.find(user.id(), jobId).orElseThrow().status().isFinal()) {
            assertTrue(System.currentTimeMillis() < deadline, "training job " + jobId + " finished in time");
            Thread.sleep(100);
        }
        return training.find(user.id(), jobId).orElseThrow();
    }

    /** Trains a tiny Baseline model on the cells and returns its model version id. */
    static long baselineModel(User user, List<Battery> cells) throws Exception {
        TrainingJob done = awaitEnd(user, submit(user, "tiny baseline", cells, 3).id());
        assertEquals(JobStatus.SUCCEEDED, done.status(), done::error);
        return done.runs().get(0).modelVersionId();
    }

    /** The Testing area's services for the user, from the OSGi services. */
    static TestingServices testingServices(User user) throws InterruptedException {
        return new TestingServices(user.id(), Services.await(TestJobService.class),
                Services.await(ModelVersionService.class), Services.await(BatteryService.class),
                Services.await(UploadService.class), Services.await(ExportService.class),
                Services.await(JobEvents.class));
    }

    /** A newer model version: the model's archive imported again (the dialogs choose the newest unless told). */
    static long importedCopy(TestingServices services, long model) throws Exception {
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        services.models().export(services.userId(), model, archive);
        return services.models().importArchive(services.userId(), new ByteArrayInputStream(archive.toByteArray())).id();
    }
}
