package io.batterylab.detection.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorNotInstalledException;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.detection.StoredDetectorModel;
import io.batterylab.detection.evaluation.WindowRise.Limit;
import io.batterylab.detection.evaluation.WindowRise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectorModelStoreTest {
    private static final long ALICE = 1;
    private static final long BOB = 2;
    private final WindowRise detector = new WindowRise();
    /** The detectors installed right now, by id: a test removes one to uninstall it. */
    private final Map<String, Detector> installed = new HashMap<>(Map.of(detector.id(), detector));

    private DetectorModelStore store(Path data) {
        return new DetectorModelStore(data, id -> Optional.ofNullable(installed.get(id)));
    }

    private DetectorModel model(double limit) {
        return detector.train(new LabelledWindows(List.of(), List.of()), new Limit(limit));
    }

    @Test
    void givenSavedModel_whenFoundAndLoaded_thenManifestAndRuleComeBack(@TempDir Path data) throws IOException {
        DetectorModelStore store = store(data);

        StoredDetectorModel saved = store.save(ALICE, model(3), detector, List.of("a.csv", "b_exception.csv"),
                Map.of("evaluated_on", "training recordings", "f1", "0.5"));

        assertEquals(1, saved.id());
        assertTrue(Files.isRegularFile(data.resolve("1/detectors/1/manifest.properties")));
        assertEquals("window-rise", saved.manifest().detectorId());
        assertEquals("1.0.0", saved.manifest().detectorVersion());
        assertEquals(Map.of("celsius", "3.0"), saved.manifest().settings());
        assertEquals(List.of("a.csv", "b_exception.csv"), saved.manifest().trainedOn());
        assertEquals("0.5", saved.manifest().evaluation().get("f1"));
        assertEquals(Optional.of(saved), store.find(ALICE, 1));
        DetectorModel loaded = store.load(ALICE, 1, detector);
        assertEquals(new Limit(3), loaded.settings());
        SampleWindow rise = SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, new double[] {20, 24});
        assertTrue(loaded.assess(rise).alarm());
    }

    @Test
    void givenTwoUsers_whenEachLists_thenOnlyTheirOwnModelsAndIdsCountPerUser(@TempDir Path data) throws IOException {
        DetectorModelStore store = store(data);
        store.save(ALICE, model(1), detector, List.of(), Map.of());
        store.save(ALICE, model(2), detector, List.of(), Map.of());
        store.save(BOB, model(9), detector, List.of(), Map.of());

        assertEquals(List.of(1L, 2L), store.list(ALICE).stream().map(StoredDetectorModel::id).toList());
        assertEquals(List.of(1L), store.list(BOB).stream().map(StoredDetectorModel::id).toList());
        assertEquals(Map.of("celsius", "9.0"), store.find(BOB, 1).orElseThrow().manifest().settings());
        assertEquals(List.of(), store.list(3));
    }

    @Test
    void givenModelOfAlice_whenBobFindsLoadsOrDeletesIt_thenNothingAndAlicesModelStays(@TempDir Path data)
            throws IOException {
        DetectorModelStore store = store(data);
        store.save(ALICE, model(1), detector, List.of(), Map.of());
        store.save(ALICE, model(2), detector, List.of(), Map.of());

        assertEquals(Optional.empty(), store.find(BOB, 2));
        IOException e = assertThrows(IOException.class, () -> store.load(BOB, 2, detector));
        assertEquals("user 2 has no detector model 2", e.getMessage());
        assertFalse(store.delete(BOB, 2));
        assertEquals(2, store.list(ALICE).size());
    }

    @Test
    void givenModel_whenDeleted_thenGoneAndTheOtherStays(@TempDir Path data) throws IOException {
        DetectorModelStore store = store(data);
        store.save(ALICE, model(1), detector, List.of(), Map.of());
        store.save(ALICE, model(2), detector, List.of(), Map.of());

        assertTrue(store.delete(ALICE, 1));

        assertFalse(Files.exists(data.resolve("1/detectors/1")));
        assertEquals(List.of(2L), store.list(ALICE).stream().map(StoredDetectorModel::id).toList());
        assertFalse(store.delete(ALICE, 1));
    }

    @Test
    void givenDamagedManifest_whenListed_thenLeftOutAndLoadRefused(@TempDir Path data) throws IOException {
        DetectorModelStore store = store(data);
        store.save(ALICE, model(1), detector, List.of(), Map.of());
        store.save(ALICE, model(2), detector, List.of(), Map.of());
        Files.writeString(data.resolve("1/detectors/1/manifest.properties"), "created=yesterday\n");
        Files.delete(data.resolve("1/detectors/2/detector.properties"));

        assertEquals(List.of(), store.list(ALICE));
        IOException e = assertThrows(IOException.class, () -> store.load(ALICE, 2, detector));
        assertTrue(e.getMessage().startsWith("not a detector model"), e.getMessage());
    }

    @Test
    void givenNegativeIds_whenUsed_thenRefusedBeforeTouchingTheDisk(@TempDir Path data) {
        DetectorModelStore store = store(data);

        assertThrows(IllegalArgumentException.class, () -> store.find(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> store.delete(ALICE, -3));
    }

    @Test
    void givenModelOfADetectorNoLongerInstalled_whenLoadedByItsId_thenRefusedSayingTheDetectorIsNotInstalled(
            @TempDir Path data) throws IOException {
        DetectorModelStore store = store(data);
        long id = store.save(ALICE, model(3), detector, List.of(), Map.of()).id();
        assertEquals(new Limit(3), store.load(ALICE, id).settings());

        installed.clear();

        var e = assertThrows(DetectorNotInstalledException.class, () -> store.load(ALICE, id));
        assertEquals("window-rise", e.detectorId());
        assertTrue(e.getMessage().startsWith("detector 'window-rise' is not installed: the model in "), e.getMessage());
        assertTrue(e.getMessage().endsWith("install its plugin again to use this model"), e.getMessage());
        assertEquals(List.of(id), store.list(ALICE).stream().map(StoredDetectorModel::id).toList(),
                "the model is still listed");
        var other = assertThrows(IOException.class, () -> store.load(BOB, id));
        assertEquals("user 2 has no detector model " + id, other.getMessage());
    }
}
