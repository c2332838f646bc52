package io.batterylab.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.model.TargetChoice;
import io.batterylab.core.training.DatasetSelection;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.ModelArchiveException;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.RunSpec;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingJobSpec;
import io.batterylab.core.training.TrainingRun;
import io.batterylab.core.training.BatterySeries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training jobs of both targets: one model version that carries a model per target, in the store and in archives. */
class BothTargetsJobsTest extends JobsFixture {
    private static final DatasetSelection BY_CELL = TrainingJobsTest.BY_CELL;

    static TrainingJobSpec both(String... algorithms) {
        List<RunSpec> runs = new ArrayList<>();
        for (String algorithm : algorithms) {
            runs.add(new RunSpec(algorithm, List.of(Feature.IR), new MeanAlgorithm.MeanSettings(2, 0, false)));
        }
        return new TrainingJobSpec("both", TargetChoice.BOTH, BY_CELL, runs);
    }

    @Test
    void givenJobOfBothTargetsWhenWorkedThenEachAlgorithmTrainsWhatItSupportsUnderOneModelVersion() throws Exception {
        TrainingJobs jobs = service(FAST);

        TrainingJob done = await(jobs, alice, jobs.submit(alice, both("mean-both", "mean")).id(), j -> j.status().isFinal());

        assertEquals(JobStatus.SUCCEEDED, done.status());
        assertEquals(TargetChoice.BOTH, done.target());
        TrainingRun run = done.runs().get(0);
        ModelVersion version = jobs.modelVersions().find(alice, run.modelVersionId()).orElseThrow();
        assertEquals(TargetChoice.BOTH, version.target());
        // test cell 4: RUL 400 - c against the training mean 139.5 (MAE 250); PCL 0.01 c against the mean of
        // 0.01 · 1..20 = 0.105, so |0.01 (c - 10.5)| with mean 0.05
        assertEquals(250, version.testByTarget().get(Target.RUL).mae(), 1e-9);
        assertEquals(0.05, version.testByTarget().get(Target.PCL).mae(), 1e-12);
        assertEquals(List.of(Target.RUL, Target.PCL), List.copyOf(version.validationByTarget().keySet()));
        // one epoch sequence per run: RUL's model epochs 1-2, PCL's 3-4, of 4
        assertEquals(List.of(1, 2, 3, 4), jobs.epochs(alice, run.id()).stream().map(e -> e.epoch()).toList());
        assertTrue(jobs.epochs(alice, run.id()).stream().allMatch(e -> e.epochs() == 4));
        assertTrue(jobs.log(alice, run.id()).stream().anyMatch(l -> l.line().startsWith("pcl: test: RMSE")));
        var directory = config.modelDirectory(alice, version.id());
        assertTrue(Files.isRegularFile(directory.resolve("rul/mean.txt")));
        assertTrue(Files.isRegularFile(directory.resolve("pcl/mean.txt")));
        BatterySeries cell = new BatterySeries(4, "c", batteries.cycles(alice, 4));
        try (TrainedModel pcl = jobs.modelVersions().load(alice, version.id(), Target.PCL);
                TrainedModel rul = jobs.modelVersions().load(alice, version.id(), Target.RUL)) {
            assertEquals(0.105, pcl.predict(cell)[0], 1e-12);
            assertEquals(139.5, rul.predict(cell)[0], 1e-12);
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> jobs.modelVersions().load(alice, version.id()))
                .getMessage().contains("load the model of one target"));
        // the RUL-only algorithm of the same job trains RUL only
        ModelVersion rulOnly = jobs.modelVersions().find(alice, done.runs().get(1).modelVersionId()).orElseThrow();
        assertEquals(TargetChoice.RUL, rulOnly.target());
        assertEquals(List.of(1, 2), jobs.epochs(alice, done.runs().get(1).id()).stream().map(e -> e.epoch()).toList());
        assertThrows(IllegalArgumentException.class, () -> jobs.modelVersions().load(alice, rulOnly.id(), Target.PCL));
    }

    @Test
    void givenModelVersionOfBothTargetsWhenExportedAndImportedThenBothModelsAndTheirMetricsComeAlong() throws Exception {
        TrainingJobs jobs = service(FAST);
        TrainingJob done = await(jobs, alice, jobs.submit(alice, both("mean-both")).id(), j -> j.status().isFinal());
        ModelVersion original = jobs.modelVersions().find(alice, done.runs().get(0).modelVersionId()).orElseThrow();
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        jobs.modelVersions().export(alice, original.id(), archive);

        ModelVersion imported = jobs.modelVersions().importArchive(bob, new ByteArrayInputStream(archive.toByteArray()));

        assertEquals(TargetChoice.BOTH, imported.target());
        assertEquals(original.testByTarget(), imported.testByTarget());
        assertEquals(original.validationByTarget(), imported.validationByTarget());
        BatterySeries cell = new BatterySeries(1, "c", batteries.cycles(alice, 1));
        for (Target target : Target.values()) {
            try (TrainedModel a = jobs.modelVersions().load(alice, original.id(), target);
                    TrainedModel b = jobs.modelVersions().load(bob, imported.id(), target)) {
                assertArrayEquals(a.predict(cell), b.predict(cell));
            }
        }
    }

    @Test
    void givenArchiveOfBothTargetsWithoutThePclModelWhenImportedThenRejectedNamingTheDirectory() throws Exception {
        TrainingJobs jobs = service(FAST);
        TrainingJob done = await(jobs, alice, jobs.submit(alice, both("mean-both")).id(), j -> j.status().isFinal());
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        jobs.modelVersions().export(alice, done.runs().get(0).modelVersionId(), archive);
        byte[] withoutPcl = Archives.rewrite(archive.toByteArray(), (name, bytes) -> name.startsWith("pcl/") ? null : bytes);

        var e = assertThrows(ModelArchiveException.class,
                () -> jobs.modelVersions().importArchive(bob, new ByteArrayInputStream(withoutPcl)));

        assertEquals("the archive of a model version of both targets has no pcl/ directory", e.getMessage());
        assertTrue(jobs.modelVersions().list(bob).isEmpty());
    }

    @Test
    void givenArchiveWrittenBeforeBothTargetsExistedWhenImportedThenItIsAModelVersionOfItsOneTarget() throws Exception {
        TrainingJobs jobs = service(FAST);
        TrainingJob done = await(jobs, alice, jobs.submit(alice, TrainingJobsTest.spec(new MeanAlgorithm.MeanSettings(1, 0, false))).id(),
                j -> j.status().isFinal());
        ModelVersion original = jobs.modelVersions().find(alice, done.runs().get(0).modelVersionId()).orElseThrow();
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        jobs.modelVersions().export(alice, original.id(), archive);
        // the metadata as format 1 wrote it before "both": no metrics by target
        byte[] old = Archives.rewrite(archive.toByteArray(), (name, bytes) -> {
            if (!name.equals(ModelVersionFiles.METADATA)) {
                return bytes;
            }
            var json = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(bytes);
            assertEquals("RUL", json.get("target").asText());
            json.remove(List.of("validationByTarget", "testByTarget"));
            return Json.MAPPER.writeValueAsBytes(json);
        });

        ModelVersion imported = jobs.modelVersions().importArchive(bob, new ByteArrayInputStream(old));

        assertEquals(TargetChoice.RUL, imported.target());
        assertEquals(original.test(), imported.test());
        BatterySeries cell = new BatterySeries(1, "c", batteries.cycles(alice, 1));
        try (TrainedModel a = jobs.modelVersions().load(alice, original.id());
                TrainedModel b = jobs.modelVersions().load(bob, imported.id())) {
            assertArrayEquals(a.predict(cell), b.predict(cell));
        }
    }
}
