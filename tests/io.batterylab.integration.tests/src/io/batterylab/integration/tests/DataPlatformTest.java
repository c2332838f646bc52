package io.batterylab.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.analysis.ColumnStatistics;
import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.BatterySource;
import io.batterylab.core.model.UploadRecord;
import io.batterylab.core.plugin.DataSource;
import io.batterylab.core.plugin.DataSourceRegistry;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.BuiltInDataService;
import io.batterylab.core.service.Progress;
import io.batterylab.core.service.UploadService;
import io.batterylab.core.service.UserService;
import io.batterylab.test.support.Services;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data platform as the workbench and REST see it: DS services wired in Equinox with real plugins. */
class DataPlatformTest {

    private static long newUser(UserService users, String prefix) {
        return users.register(prefix + System.nanoTime(), "long enough password".toCharArray()).id();
    }

    @Test
    void givenRunningPlatformWhenDataSourcesListedThenEveryShippedImporterIsRegistered() throws Exception {
        List<String> ids = Services.await(DataSourceRegistry.class).all().stream().map(DataSource::id).toList();
        assertEquals(4, ids.size(), "csv, xlsx, mat and summary importers: " + ids);
    }

    @Test
    void givenFirstStartWhenBuiltInDataLoadedThen124SyntheticCellsAreVisibleToEveryUserOnce() throws Exception {
        BuiltInDataService builtIn = Services.await(BuiltInDataService.class);
        builtIn.ensureLoaded(Progress.none());
        assertEquals(0, builtIn.ensureLoaded(Progress.none()), "a second load inserts nothing");

        UserService users = Services.await(UserService.class);
        BatteryService batteries = Services.await(BatteryService.class);
        List<Battery> seen = batteries.list(newUser(users, "a"),
                new BatteryFilter(null, null, null, BatterySource.BUILT_IN, null));
        assertEquals(124, seen.size());
        assertTrue(seen.stream().allMatch(Battery::synthetic), "built-in cells are labelled synthetic");
        assertEquals(seen.size(), batteries.list(newUser(users, "b"),
                new BatteryFilter(null, null, null, BatterySource.BUILT_IN, null)).size());
    }

    @Test
    void givenCsvUploadWhenAnotherUserLooksThenItIsInvisibleAndTheOwnerCanAnalyseIt() throws Exception {
        UserService users = Services.await(UserService.class);
        UploadService uploads = Services.await(UploadService.class);
        BatteryService batteries = Services.await(BatteryService.class);
        AnalysisService analysis = Services.await(AnalysisService.class);
        long owner = newUser(users, "owner");
        long other = newUser(users, "other");
        String csv = "battery_id,cycle,ir,t_avg,rul,pcl\n"
                + "cell-x,1,0.0160,31.0,3,0.010\n"
                + "cell-x,2,0.0162,31.5,2,0.012\n"
                + "cell-x,3,0.0164,32.0,1,0.015\n"
                + "cell-x,4,0.0166,32.5,0,0.020\n";

        UploadRecord upload = uploads.upload(owner, "my cells.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals(1, upload.batteryCount());
        assertEquals(4, upload.rowCount());
        Battery mine = batteries.list(owner, new BatteryFilter(null, null, null, null, upload.id())).get(0);
        assertFalse(mine.synthetic());
        assertTrue(batteries.find(other, mine.id()).isEmpty(), "another user cannot see the upload's battery");
        assertTrue(batteries.cycles(other, mine.id()).isEmpty());
        assertTrue(uploads.find(other, upload.id()).isEmpty());

        ColumnStatistics ir = analysis.statistics(owner, List.of(mine.id()), 4).stream()
                .filter(s -> s.column().equals("ir")).findFirst().orElseThrow();
        assertEquals(4, ir.count());
        assertEquals(0.0163, ir.mean(), 1e-12);
        ColumnStatistics slope = analysis.statistics(owner, List.of(mine.id()), 4).stream()
                .filter(s -> s.column().equals("dq_slope")).findFirst().orElseThrow();
        assertEquals(0, slope.count(), "a feature the file lacks is missing, not zero");
    }

    @Test
    void givenBadCsvWhenUploadedThenRejectedWithRowAndColumnAndNothingIsStored() throws Exception {
        UserService users = Services.await(UserService.class);
        UploadService uploads = Services.await(UploadService.class);
        long owner = newUser(users, "bad");
        String csv = "battery_id,cycle,ir,rul\ncell-y,1,0.016,3\ncell-y,2,abc,2\n";

        ImportException e = assertThrows(ImportException.class, () -> uploads.upload(owner, "bad.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));

        assertTrue(e.getMessage().contains("ir") && e.getMessage().contains("abc"), e.getMessage());
        assertTrue(uploads.list(owner).isEmpty());
    }
}
