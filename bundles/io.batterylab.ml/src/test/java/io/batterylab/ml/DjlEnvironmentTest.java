package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DjlEnvironmentTest {
    private static Properties properties(String... keyValues) {
        Properties p = new Properties();
        p.setProperty("user.home", "/home/alice");
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void givenNothingSetWhenPreparingThenOfflineNoTrackingCacheUnderWorkspaceAndThreadsAreSet() {
        DjlEnvironment env = new DjlEnvironment(Map.of(), properties("batterylab.home", "/data/lab"));
        assertTrue(env.problems().isEmpty());
        Map<String, String> set = env.propertiesToSet(2);
        assertEquals("true", set.get("OPT_OUT_TRACKING"));
        assertEquals("true", set.get("ai.djl.offline"));
        assertEquals(Path.of("/data/lab/djl-cache").toString(), set.get("DJL_CACHE_DIR"));
        assertEquals("2", set.get("ai.djl.pytorch.num_threads"));
        assertEquals("PyTorch", set.get("ai.djl.default_engine"));
    }

    @Test
    void givenEnvironmentAlreadyOfflineWhenPreparingThenItIsLeftAsIs() {
        DjlEnvironment env = new DjlEnvironment(
                Map.of("OPT_OUT_TRACKING", "true", "DJL_OFFLINE", "true", "DJL_CACHE_DIR", "/cache"), properties());
        assertTrue(env.problems().isEmpty());
        Map<String, String> set = env.propertiesToSet(2);
        assertFalse(set.containsKey("OPT_OUT_TRACKING"));
        assertFalse(set.containsKey("ai.djl.offline"));
        assertFalse(set.containsKey("DJL_CACHE_DIR"));
        assertEquals(Path.of("/cache"), env.cacheDirectory());
    }

    @Test
    void givenNoWorkspaceWhenPreparingThenCacheUnderHomeDotBatterylab() {
        DjlEnvironment env = new DjlEnvironment(Map.of(), properties());
        assertEquals(Path.of("/home/alice/.batterylab/djl-cache"), env.cacheDirectory());
    }

    @Test
    void givenTrackingOrOnlineSwitchedOnWhenCheckedThenRefused() {
        assertEquals(1, new DjlEnvironment(Map.of("OPT_OUT_TRACKING", "false"), properties()).problems().size());
        assertEquals(1, new DjlEnvironment(Map.of("DJL_OFFLINE", "no"), properties()).problems().size());
        assertEquals(1, new DjlEnvironment(Map.of(), properties("ai.djl.offline", "false")).problems().size());
    }

    @Test
    void givenAnotherPyTorchVersionWhenCheckedThenRefusedBecauseItWouldDownload() {
        assertEquals(1, new DjlEnvironment(Map.of("PYTORCH_VERSION", "2.5.1"), properties()).problems().size());
        assertTrue(new DjlEnvironment(Map.of("PYTORCH_VERSION", "2.7.1"), properties()).problems().isEmpty());
    }
}
