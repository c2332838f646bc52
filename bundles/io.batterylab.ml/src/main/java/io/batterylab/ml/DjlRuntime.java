package io.batterylab.ml;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtEngine;
import ai.djl.pytorch.engine.PtEngineProvider;
import ai.djl.pytorch.jni.LibUtils;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PyTorch engine of DJL, started once per JVM, offline. Every use of DJL in BatteryLab goes through here
 * first: DJL finds its engine with {@link java.util.ServiceLoader} and libtorch and its JNI library as class-path
 * resources, all through the thread context class loader. In OSGi that loader must be the engine bundle's (the JNI
 * and libtorch jars are fragments of it, see the target platform), and it must be set when DJL's {@link Engine}
 * class initialises, because DJL looks for engines only once.
 */
public final class DjlRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(DjlRuntime.class);
    private static Engine engine;

    private DjlRuntime() {
    }

    /**
     * @throws IllegalStateException when the environment would let DJL go online (nothing is started then)
     */
    public static synchronized Engine engine() {
        if (engine == null) {
            engine = start(DjlEnvironment.current());
        }
        return engine;
    }

    /**
     * Whether libtorch would run on oneDNN kernels, whose choice depends on the processor; always false once the
     * engine has started (see {@link OneDnnSwitch}).
     */
    public static boolean oneDnnEnabled() {
        engine();
        return OneDnnSwitch.isOn(libtorchDirectory());
    }

    private static Path libtorchDirectory() {
        return Path.of(LibUtils.getLibtorchPath());
    }

    /** A new root manager on the engine; close it when done. */
    public static NDManager newManager() {
        return engine().newBaseManager();
    }

    private static Engine start(DjlEnvironment environment) {
        List<String> problems = environment.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start DJL: " + String.join("; ", problems));
        }
        Map<String, String> properties = environment.propertiesToSet(TrainingResources.THREADS);
        properties.forEach(System::setProperty);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PtEngineProvider.class.getClassLoader());
        try {
            long started = System.nanoTime();
            // registerEngine also covers a JVM in which DJL's Engine class was initialised by someone else first
            Engine.registerEngine(new PtEngineProvider());
            Engine pytorch = Engine.getEngine(PtEngine.ENGINE_NAME);
            OneDnnSwitch.switchOff(libtorchDirectory());
            LOG.info("DJL {} with PyTorch {} started offline in {} ms (natives in {}, {} threads)",
                    Engine.getDjlVersion(), pytorch.getVersion(), (System.nanoTime() - started) / 1_000_000,
                    environment.cacheDirectory(), System.getProperty(DjlEnvironment.THREADS_PROPERTY));
            return pytorch;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
