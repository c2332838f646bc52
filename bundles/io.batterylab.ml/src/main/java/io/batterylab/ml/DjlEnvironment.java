package io.batterylab.ml;

import io.batterylab.core.workspace.WorkspaceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What DJL must see before its engine starts, decided from the environment and the system properties. DJL reads
 * each of its switches from an environment variable or else a system property of the same name, so whatever the
 * environment leaves open is closed here with a system property: offline mode, no telemetry (without these DJL's
 * first engine use asks a cloud metadata address for an instance id), the natives' cache under the workspace, and
 * the system's thread count. An environment that explicitly switches one of these on is refused rather than
 * silently overridden, because the environment variable would win inside DJL.
 */
public record DjlEnvironment(Map<String, String> environment, Properties systemProperties) {
    /** The only libtorch version that is shipped; any other makes DJL download one. */
    public static final String PYTORCH_VERSION = "2.7.1";
    static final String OPT_OUT_TRACKING = "OPT_OUT_TRACKING";
    static final String DJL_OFFLINE = "DJL_OFFLINE";
    static final String OFFLINE_PROPERTY = "ai.djl.offline";
    static final String CACHE_DIR = "DJL_CACHE_DIR";
    static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";
    static final String INTEROP_THREADS_PROPERTY = "ai.djl.pytorch.num_interop_threads";
    static final String DEFAULT_ENGINE_PROPERTY = "ai.djl.default_engine";

    public static DjlEnvironment current() {
        return new DjlEnvironment(System.getenv(), System.getProperties());
    }

    /** Settings that would let DJL reach the network; empty when it is safe to start the engine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        requireTrueOrUnset(OPT_OUT_TRACKING, environment.get(OPT_OUT_TRACKING), "environment variable", problems);
        requireTrueOrUnset(OPT_OUT_TRACKING, systemProperties.getProperty(OPT_OUT_TRACKING), "system property", problems);
        requireTrueOrUnset(DJL_OFFLINE, environment.get(DJL_OFFLINE), "environment variable", problems);
        requireTrueOrUnset(OFFLINE_PROPERTY, systemProperties.getProperty(OFFLINE_PROPERTY), "system property", problems);
        String version = firstSet(environment.get("PYTORCH_VERSION"), systemProperties.getProperty("PYTORCH_VERSION"));
        if (version != null && !PYTORCH_VERSION.equals(version)) {
            problems.add("PYTORCH_VERSION=" + version + " would make DJL download libtorch; only " + PYTORCH_VERSION
                    + " is shipped: unset it");
        }
        return problems;
    }

    /** The system properties to set before the engine starts; explicit settings are left as they are. */
    public Map<String, String> propertiesToSet(int threads) {
        Map<String, String> set = new LinkedHashMap<>();
        putIfUnset(set, OPT_OUT_TRACKING, environment.get(OPT_OUT_TRACKING), "true");
        putIfUnset(set, OFFLINE_PROPERTY, environment.get(DJL_OFFLINE), "true");
        putIfUnset(set, CACHE_DIR, environment.get(CACHE_DIR), cacheDirectory().toString());
        putIfUnset(set, THREADS_PROPERTY, null, Integer.toString(threads));
        putIfUnset(set, INTEROP_THREADS_PROPERTY, null, "1");
        putIfUnset(set, DEFAULT_ENGINE_PROPERTY, environment.get("DJL_DEFAULT_ENGINE"), "PyTorch");
        return set;
    }

    /** Where libtorch is extracted (~430 MB): DJL_CACHE_DIR if given, else {@code {workspace}/djl-cache}. */
    public Path cacheDirectory() {
        String given = firstSet(environment.get(CACHE_DIR), systemProperties.getProperty(CACHE_DIR));
        if (given != null) {
            return Path.of(given);
        }
        return WorkspaceLocation.resolve(systemProperties, environment).folder().resolve("djl-cache");
    }

    private void putIfUnset(Map<String, String> set, String property, String environmentValue, String value) {
        if (environmentValue == null && systemProperties.getProperty(property) == null) {
            set.put(property, value);
        }
    }

    private static void requireTrueOrUnset(String name, String value, String kind, List<String> problems) {
        if (value != null && !"true".equalsIgnoreCase(value.trim())) {
            problems.add(kind + " " + name + "=" + value + " would let DJL go online: set it to true or unset it");
        }
    }

    private static String firstSet(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
