package io.batterylab.storage;

import static io.batterylab.storage.TestBatteries.battery;
import static io.batterylab.storage.TestBatteries.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.model.UploadRecord;
import io.batterylab.core.model.User;
import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.model.ValidationReport;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.plugin.ImportedData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writing uploads and built-in cells: all or nothing, once, and only by the owner. */
abstract class BatteryStoreContract extends StorageFixture {
    User alice;
    User bob;

    @BeforeEach
    void twoUsers() {
        alice = newUser("alice");
        bob = newUser("bob");
    }

    @Test
    void givenUploadWithWarnings_whenStored_thenRecordAndReportReadBackEqual() {
        ValidationReport report = new ValidationReport(List.of(ValidationIssue.warning(12, "ir", "value 'n/a' read as missing"),
                ValidationIssue.warning(null, null, "no \"split\" column")));
        ImportedData data = new ImportedData(List.of(battery("c1", null, null, 4), battery("c2", null, null, 6)), report);

        UploadRecord stored = store.storeUpload(alice.id(), "cells.xlsx", "xlsx", data);

        assertEquals(2, stored.batteryCount());
        assertEquals(10, stored.rowCount());
        assertEquals(List.of(stored), store.uploads(alice.id()));
        assertEquals(stored, store.findUpload(alice.id(), stored.id()).orElseThrow());
        assertEquals(report, store.findUpload(alice.id(), stored.id()).orElseThrow().report());
    }

    @Test
    void givenDuplicateCycleAfterSeveralBatches_whenStoring_thenNothingOfTheUploadIsStoredAndEarlierDataIsUntouched() {
        UploadRecord earlier = store.storeUpload(alice.id(), "good.csv", "csv", upload(battery("good", null, null, 50)));
        List<CycleRecord> rows = new ArrayList<>(battery("bad", null, null, 1500).cycles());
        rows.add(TestBatteries.cycle(1200, 1500)); // the primary key rejects it, after 4000 rows went in batches
        for (int cycle = 1501; cycle <= 1600; cycle++) {
            rows.add(TestBatteries.cycle(cycle, 1600));
        }
        ImportedData bad = upload(battery("fine", null, null, 2500),
                new ImportedBattery("bad", null, 1.1, null, null, rows));

        assertThrows(StorageException.class, () -> store.storeUpload(alice.id(), "bad.csv", "csv", bad));

        assertEquals(List.of(earlier), store.uploads(alice.id()));
        assertEquals(List.of("good"), batteries.list(alice.id(), BatteryFilter.all()).stream().map(b -> b.name()).toList());
        assertEquals(50, count("SELECT COUNT(*) FROM cycles"));
    }

    @Test
    void givenInfiniteValueMidUpload_whenStoring_thenRejectedNamingBatteryCycleAndColumnAndNothingStored() {
        List<CycleRecord> rows = new ArrayList<>(battery("b", null, null, 1200).cycles());
        double[] features = rows.get(1100).features().toArray();
        features[3] = Double.POSITIVE_INFINITY;
        rows.set(1100, new CycleRecord(1101, FeatureValues.of(features), 99, 0.1));
        ImportedData data = upload(battery("a", null, null, 1500), new ImportedBattery("b", null, 1.1, null, null, rows));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.storeUpload(alice.id(), "inf.csv", "csv", data));

        assertEquals("Battery 'b', cycle 1101, column ir: infinite value cannot be stored", e.getMessage());
        assertEquals(0, count("SELECT COUNT(*) FROM uploads"));
        assertEquals(0, count("SELECT COUNT(*) FROM batteries"));
        assertEquals(0, count("SELECT COUNT(*) FROM cycles"));
    }

    @Test
    void givenUploadOfAlice_whenBobDeletesIt_thenRefusedAndItStays() {
        UploadRecord record = store.storeUpload(alice.id(), "a.csv", "csv", upload(battery("a", null, null, 10)));

        assertFalse(store.deleteUpload(bob.id(), record.id()));

        assertEquals(List.of(record), store.uploads(alice.id()));
        assertEquals(10, count("SELECT COUNT(*) FROM cycles"));
    }

    @Test
    void givenOwnUpload_whenDeleted_thenItsBatteriesAndCyclesGoAndOthersStay() {
        store.loadBuiltIn(List.of(battery("built-in", null, null, 3)), true);
        UploadRecord gone = store.storeUpload(alice.id(), "a.csv", "csv", upload(battery("a1", null, null, 10),
                battery("a2", null, null, 5)));
        UploadRecord kept = store.storeUpload(alice.id(), "b.csv", "csv", upload(battery("b1", null, null, 7)));

        assertTrue(store.deleteUpload(alice.id(), gone.id()));

        assertEquals(List.of(kept), store.uploads(alice.id()));
        assertEquals(List.of("built-in", "b1"),
                batteries.list(alice.id(), BatteryFilter.all()).stream().map(b -> b.name()).toList());
        assertEquals(3 + 7, count("SELECT COUNT(*) FROM cycles"));
        assertFalse(store.deleteUpload(alice.id(), gone.id()));
    }

    @Test
    void givenBuiltInsLoaded_whenLoadedAgain_thenNothingChanges() {
        List<ImportedBattery> cells = List.of(battery("b1c0", "train", null, 4), battery("b1c1", "test", null, 6));
        assertFalse(store.builtInLoaded());

        assertTrue(store.loadBuiltIn(cells, true));
        assertFalse(store.loadBuiltIn(cells, true));

        assertTrue(store.builtInLoaded());
        assertEquals(2, count("SELECT COUNT(*) FROM batteries WHERE user_id IS NULL AND source = 'BUILT_IN'"));
        assertEquals(10, count("SELECT COUNT(*) FROM cycles"));
    }

    @Test
    void givenTwoStartsAtOnce_whenBothLoadBuiltIns_thenTheCellsAreStoredOnce() throws Exception {
        List<ImportedBattery> cells = List.of(battery("b1c0", null, null, 20));
        Callable<Boolean> load = () -> store.loadBuiltIn(cells, true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = pool.invokeAll(List.of(load, load));
            int loadedNow = (results.get(0).get() ? 1 : 0) + (results.get(1).get() ? 1 : 0);
            assertEquals(1, loadedNow);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM batteries"));
    }

    @Test
    void givenHundredThousandCycleRows_whenStored_thenAllArePresentAndTheTimeIsLogged() {
        List<ImportedBattery> cells = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            cells.add(battery("cell" + i, null, null, 1000));
        }
        long start = System.nanoTime();

        store.storeUpload(alice.id(), "big.csv", "csv", upload(cells.toArray(ImportedBattery[]::new)));

        long millis = (System.nanoTime() - start) / 1_000_000;
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
                "Stored 100,000 cycle rows on " + config.jdbcUrl().split("[:/]")[1] + " in " + millis + " ms");
        assertEquals(100_000, count("SELECT COUNT(*) FROM cycles"));
        // Generous: row-by-row MySQL without batching takes minutes; batched it is seconds.
        assertTrue(millis < 60_000, "took " + millis + " ms");
    }
}
