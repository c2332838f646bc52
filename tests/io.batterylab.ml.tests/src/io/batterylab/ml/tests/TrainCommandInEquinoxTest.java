package io.batterylab.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.ValidationReport;
import io.batterylab.core.plugin.ImportedData;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.UserService;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.jobs.cli.TrainCommand;
import io.batterylab.storage.BatteryStore;
import io.batterylab.test.support.Services;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The headless command end to end in the framework: a YAML spec in, progress and a model version out. */
class TrainCommandInEquinoxTest {
    @Test
    void givenYamlSpecWhenTheCommandRunsThenItPrintsProgressAndTheModelVersionAndExitsZero() throws Exception {
        String user = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        TrainCommand.Services services = new TrainCommand.Services(Services.await(UserService.class),
                Services.await(BatteryService.class), Services.await(AlgorithmRegistry.class),
                Services.await(TrainingJobService.class), Services.await(ModelVersionService.class),
                null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Map<String, String> env = Map.of("BATTERYLAB_PASSWORD", "correct horse battery");
        // register the user through the command, then give it cells
        assertEquals(2, new TrainCommand(services, out, 50).run(List.of("--register", "--user", user, "missing.yaml"), env));
        long userId = services.users().login(user, "correct horse battery".toCharArray()).id();
        Services.await(BatteryStore.class).storeUpload(userId, "cells.csv", "csv", new ImportedData(
                List.of(TrainingJobsInEquinoxTest.imported("cli-a", 120), TrainingJobsInEquinoxTest.imported("cli-b", 140),
                        TrainingJobsInEquinoxTest.imported("cli-c", 130)), new ValidationReport(List.of())));
        Path spec = Files.createTempFile(Path.of(System.getProperty("batterylab.home")).getParent(), "spec", ".yaml");
        Files.writeString(spec, """
                name: from the command line
                target: pcl
                cells: {train: [cli-a, cli-b], validation: [cli-c]}
                runs:
                  - algorithm: baseline
                    features: [dq_slope, t_avg]
                    settings: {epochs: 40}
                  - algorithm: example.nothing
                    features: [dq_slope]
                """);
        assertEquals(2, new TrainCommand(services, out, 50).run(List.of("--user", user, spec.toString()), env));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("runs[1].algorithm: 'example.nothing' is not installed"));

        Files.writeString(spec, Files.readString(spec).replace("""
                  - algorithm: example.nothing
                    features: [dq_slope]
                """, ""));
        bytes.reset();
        // --verbose is the start script's (the framework log stays on the console); the command accepts it anywhere
        int exit = new TrainCommand(services, out, 50).run(List.of("--user", user, spec.toString(), "--verbose"), env);

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, printed);
        // the run's own log carries the epoch lines (every few epochs and the last); printed once, not twice
        String lastEpoch = "[run 1 baseline] epoch 40/40: loss";
        assertTrue(printed.contains(lastEpoch), printed);
        assertEquals(printed.indexOf(lastEpoch), printed.lastIndexOf(lastEpoch), printed);
        assertTrue(printed.contains("[run 1 baseline] SUCCEEDED"), printed);
        assertTrue(printed.contains("[run 1 baseline] running on worker "), printed);
        assertTrue(printed.matches("(?s).*run 1 baseline: model version \\d+, validation RMSE .*"), printed);
    }
}
