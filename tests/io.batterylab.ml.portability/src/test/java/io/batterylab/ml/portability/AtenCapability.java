package io.batterylab.ml.portability;

import ai.djl.pytorch.jni.LibUtils;
import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import io.batterylab.ml.DjlRuntime;
import java.nio.charset.StandardCharsets;

/**
 * The instruction set ATen's own vector kernels run on in this JVM ({@code at::get_cpu_capability()}: "DEFAULT",
 * "AVX2", "AVX512"), so that the portability test can tell that its two JVMs really took different paths.
 */
final class AtenCapability {
    /** {@code std::string at::get_cpu_capability()} (C++11 ABI). */
    static final String SYMBOL = "_ZN2at18get_cpu_capabilityB5cxx11Ev";

    private AtenCapability() {
    }

    static String current() {
        DjlRuntime.engine();
        NativeLibrary libtorch = NativeLibrary.getInstance(LibUtils.getLibtorchPath() + "/libtorch_cpu.so");
        Function function = libtorch.getFunction(SYMBOL);
        // a std::string returned by value is written into memory the caller passes first: pointer, length, buffer
        try (Memory string = new Memory(32)) {
            function.invokeVoid(new Object[] { string });
            Pointer characters = string.getPointer(0);
            byte[] bytes = characters.getByteArray(0, (int) string.getLong(8));
            return new String(bytes, StandardCharsets.US_ASCII);
        }
    }
}
