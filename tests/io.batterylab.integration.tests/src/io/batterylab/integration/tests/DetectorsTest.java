package io.batterylab.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorModelService;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.detection.StoredDetectorModel;
import io.batterylab.storage.Database;
import io.batterylab.test.support.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The built-in detectors as the framework offers them: found by the registry, trained, saved and loaded. */
class DetectorsTest {

    private static SampleWindow ramp(double level, double perSecond) {
        return SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5,
                IntStream.range(0, 60).mapToDouble(i -> level + perSecond * 0.5 * i + 0.02 * (i % 3)).toArray());
    }

    @Test
    void givenRunningFramework_whenDetectorRegistryAsked_thenThresholdRiseAndForestAreThere() throws Exception {
        DetectorRegistry registry = Services.await(DetectorRegistry.class);

        List<String> ids = registry.all().stream().map(Detector::id).toList();

        assertTrue(ids.containsAll(List.of("threshold", "rise", "forest")), ids.toString());
        assertTrue(registry.find("forest").orElseThrow().needsTrainedModel());
        assertFalse(registry.find("rise").orElseThrow().needsTrainedModel());
    }

    @Test
    void givenForestFromTheRegistry_whenTrainedSavedAndLoadedInOsgi_thenSameRisksAndRampAlarmed() throws Exception {
        Detector forest = Services.await(DetectorRegistry.class).find("forest").orElseThrow();
        List<SampleWindow> windows = new ArrayList<>();
        List<Boolean> runaway = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            windows.add(ramp(i, 0.001 * i));
            runaway.add(false);
            windows.add(ramp(20 + i, 0.5 + 0.05 * i));
            runaway.add(true);
        }
        DetectorModel model = forest.train(new LabelledWindows(windows, runaway), forest.defaultSettings());
        Path dir = Files.createTempDirectory("forest-model");
        model.save(dir);

        DetectorModel loaded = forest.load(dir);

        assertEquals(model.assess(ramp(33, 1)), loaded.assess(ramp(33, 1)));
        assertTrue(loaded.assess(ramp(33, 1)).alarm());
        assertFalse(loaded.assess(ramp(33, 0)).alarm());
    }

    @Test
    void givenDetectorModelService_whenTwoUsersSaveModels_thenEachSeesOnlyTheirOwnUnderTheWorkspaceData()
            throws Exception {
        DetectorModelService models = Services.await(DetectorModelService.class);
        Detector rise = Services.await(DetectorRegistry.class).find("rise").orElseThrow();
        Path data = Services.await(Database.class).config().dataDirectory();
        long alice = 9_001;
        long bob = 9_002;
        DetectorModel model = rise.train(new LabelledWindows(List.of(), List.of()), rise.defaultSettings());

        StoredDetectorModel saved = models.save(alice, model, rise, List.of("a.csv"), Map.of("f1", "0.5"));

        assertTrue(Files.isRegularFile(data.resolve("9001/detectors/" + saved.id() + "/manifest.properties")));
        assertEquals(List.of(saved), models.list(alice));
        assertEquals(List.of(), models.list(bob));
        assertFalse(models.delete(bob, saved.id()));
        assertEquals(rise.defaultSettings(), models.load(alice, saved.id(), rise).settings());
        assertTrue(models.delete(alice, saved.id()));
        assertEquals(List.of(), models.list(alice));
    }
}
