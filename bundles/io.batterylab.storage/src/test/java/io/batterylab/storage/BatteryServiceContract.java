package io.batterylab.storage;

import static io.batterylab.storage.TestBatteries.battery;
import static io.batterylab.storage.TestBatteries.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.BatterySource;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.model.UploadRecord;
import io.batterylab.core.model.User;
import io.batterylab.core.plugin.ImportedBattery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading batteries: what a user may see, filters, paging, and values exactly as stored. */
abstract class BatteryServiceContract extends StorageFixture {
    User alice;
    User bob;
    UploadRecord aliceUpload;

    @BeforeEach
    void builtInsAndAnUploadOfAlice() {
        store.loadBuiltIn(List.of(battery("b1c0", "train", "3.6C(80%)-3.6C", 5),
                battery("b1c1", "test", "5.4C(40%)-3.6C", 5)), true);
        alice = newUser("alice");
        bob = newUser("bob");
        aliceUpload = store.storeUpload(alice.id(), "cells.csv", "csv",
                upload(battery("alice-cell-A", "train", "4C-4C", 30), battery("alice-cell-B", null, null, 3)));
    }

    @Test
    void givenAliceUpload_whenBobLists_thenBobSeesOnlyTheBuiltIns() {
        assertEquals(List.of("b1c0", "b1c1"), names(batteries.list(bob.id(), BatteryFilter.all())));
        assertEquals(List.of("b1c0", "b1c1", "alice-cell-A", "alice-cell-B"),
                names(batteries.list(alice.id(), BatteryFilter.all())));
    }

    @Test
    void givenAliceBattery_whenBobAsksForItById_thenNothingAsIfItDidNotExist() {
        long aliceBattery = idOf(alice, "alice-cell-A");

        assertTrue(batteries.find(bob.id(), aliceBattery).isEmpty());
        assertTrue(batteries.cycles(bob.id(), aliceBattery).isEmpty());
        assertTrue(batteries.cycles(bob.id(), aliceBattery, 0, 10).isEmpty());
        assertTrue(store.findUpload(bob.id(), aliceUpload.id()).isEmpty());
        assertTrue(store.uploads(bob.id()).isEmpty());
        assertEquals(30, batteries.cycles(alice.id(), aliceBattery).size());
    }

    @Test
    void givenBuiltInBattery_whenAnyUserReadsIt_thenItIsThereAndMarkedSynthetic() {
        long builtIn = idOf(bob, "b1c0");

        for (User user : List.of(alice, bob)) {
            Battery battery = batteries.find(user.id(), builtIn).orElseThrow();
            assertTrue(battery.isBuiltIn());
            assertTrue(battery.synthetic());
            assertEquals(null, battery.ownerId());
            assertEquals(5, batteries.cycles(user.id(), builtIn).size());
        }
    }

    @Test
    void givenStoredBattery_whenRead_thenEveryFieldIsAsImported() {
        Battery a = batteries.find(alice.id(), idOf(alice, "alice-cell-A")).orElseThrow();

        assertEquals(alice.id(), a.ownerId());
        assertEquals(BatterySource.UPLOAD, a.source());
        assertEquals(aliceUpload.id(), a.uploadId());
        assertEquals("train", a.split());
        assertEquals(1.1, a.nominalCapacityAh());
        assertEquals("4C-4C", a.chargingPolicy());
        assertEquals(30, a.cycleLife());
        assertEquals(30, a.cycleCount());
        assertFalse(a.synthetic());
        assertEquals(TestBatteries.cycle(7, 30), batteries.cycles(alice.id(), a.id()).get(6));
    }

    @Test
    void givenFilters_whenListing_thenOnlyMatchingVisibleBatteries() {
        assertEquals(List.of("alice-cell-A", "alice-cell-B"), names(list(alice, "CELL", null, null, null, null)));
        assertEquals(List.of("b1c0", "alice-cell-A"), names(list(alice, null, "TRAIN", null, null, null)));
        assertEquals(List.of("b1c1"), names(list(alice, null, null, "5.4c(40", null, null)));
        assertEquals(List.of("b1c0", "b1c1"), names(list(alice, null, null, null, BatterySource.BUILT_IN, null)));
        assertEquals(List.of("alice-cell-A", "alice-cell-B"),
                names(list(alice, null, null, null, BatterySource.UPLOAD, aliceUpload.id())));
        assertEquals(List.of("alice-cell-A"), names(list(alice, "-a", "train", "4c", BatterySource.UPLOAD, null)));
        assertEquals(List.of(), names(list(bob, "cell", null, null, null, null)));
        assertEquals(List.of(), names(list(bob, null, null, null, null, aliceUpload.id())));
    }

    @Test
    void givenLikeWildcardsInAFilter_whenListing_thenTheyMatchLiterally() {
        assertEquals(List.of(), names(list(alice, "%", null, null, null, null)));
        assertEquals(List.of(), names(list(alice, "b_c", null, null, null, null)));
        assertEquals(List.of(), names(list(alice, "' OR '1'='1", null, null, null, null)));
        assertEquals(List.of("b1c0"), names(list(alice, null, null, "(80%)", null, null)));
    }

    @Test
    void givenThirtyCycles_whenReadingPages_thenEachPageIsInCycleOrder() {
        long id = idOf(alice, "alice-cell-A");

        assertEquals(List.of(11, 12, 13, 14, 15), cycleNumbers(batteries.cycles(alice.id(), id, 10, 5)));
        assertEquals(List.of(29, 30), cycleNumbers(batteries.cycles(alice.id(), id, 28, 5)));
        assertEquals(List.of(), cycleNumbers(batteries.cycles(alice.id(), id, 30, 5)));
        assertEquals(List.of(), cycleNumbers(batteries.cycles(alice.id(), id, 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> batteries.cycles(alice.id(), id, -1, 5));
    }

    @Test
    void givenCyclesImportedOutOfOrder_whenRead_thenInCycleOrder() {
        ImportedBattery shuffled = new ImportedBattery("shuffled", null, 1.1, null, null,
                List.of(TestBatteries.cycle(3, 9), TestBatteries.cycle(1, 9), TestBatteries.cycle(2, 9)));
        store.storeUpload(alice.id(), "s.csv", "csv", upload(shuffled));

        assertEquals(List.of(1, 2, 3), cycleNumbers(batteries.cycles(alice.id(), idOf(alice, "shuffled"))));
    }

    @Test
    void givenMissingFeaturesAndTargets_whenRead_thenMissingNotZero() {
        CycleRecord sparse = new CycleRecord(1, FeatureValues.of(Map.of(Feature.IR, 0.0, Feature.T_AVG, 31.5)),
                Double.NaN, 0.0);
        store.storeUpload(alice.id(), "sparse.csv", "csv",
                upload(new ImportedBattery("sparse", null, Double.NaN, null, null, List.of(sparse))));
        long id = idOf(alice, "sparse");

        CycleRecord read = batteries.cycles(alice.id(), id).get(0);

        assertEquals(sparse, read);
        assertTrue(read.features().get(Feature.DQ_SLOPE).isEmpty());
        assertEquals(0.0, read.features().get(Feature.IR).orElseThrow());
        assertTrue(Double.isNaN(read.rul()));
        assertEquals(0.0, read.pcl());
        Battery battery = batteries.find(alice.id(), id).orElseThrow();
        assertTrue(Double.isNaN(battery.nominalCapacityAh()));
        assertEquals(null, battery.cycleLife());
    }

    @Test
    void givenSqlLookingNames_whenStoredAndRead_thenTheyComeBackLiterally() {
        String name = "x'); DROP TABLE batteries; -- \\ \" `%_";
        String fileName = "r'; DELETE FROM uploads; --\\.csv";
        UploadRecord record = store.storeUpload(alice.id(), fileName, "csv",
                upload(battery(name, "' OR 1=1 --", "\\'; --", 2)));

        Battery stored = list(alice, "drop table", null, null, null, null).get(0);
        assertEquals(name, stored.name());
        assertEquals("' OR 1=1 --", stored.split());
        assertEquals("\\'; --", stored.chargingPolicy());
        assertEquals(fileName, store.findUpload(alice.id(), record.id()).orElseThrow().originalFileName());
        assertEquals(List.of(stored), list(alice, name, null, null, null, null));
        assertEquals(5, batteries.list(alice.id(), BatteryFilter.all()).size());
    }

    private List<Battery> list(User user, String name, String split, String policy, BatterySource source,
            Long uploadId) {
        return batteries.list(user.id(), new BatteryFilter(name, split, policy, source, uploadId));
    }

    private long idOf(User user, String name) {
        return batteries.list(user.id(), BatteryFilter.all()).stream().filter(b -> b.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    private static List<String> names(List<Battery> list) {
        return list.stream().map(Battery::name).toList();
    }

    private static List<Integer> cycleNumbers(List<CycleRecord> rows) {
        return rows.stream().map(CycleRecord::cycle).toList();
    }
}
