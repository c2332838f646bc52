package io.batterylab.ml;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Functions of the libtorch that DJL loaded, called through JNA where DJL has no Java call for them. The symbols
 * are those of the pinned libtorch {@value DjlEnvironment#PYTORCH_VERSION}; a libtorch without them is refused
 * with the symbol and the purpose named.
 */
final class LibtorchSymbols {
    static final String LIBRARY = "libtorch_cpu.so";

    private LibtorchSymbols() {
    }

    static NativeLibrary load(Path libtorchDirectory) {
        Path library = libtorchDirectory.resolve(LIBRARY);
        if (!Files.isRegularFile(library)) {
            throw new IllegalStateException("libtorch not found at " + library);
        }
        // the same file DJL loaded: dlopen hands back the library already in the process
        return NativeLibrary.getInstance(library.toString());
    }

    /** @param purpose what cannot be done without the symbol, for the message */
    static Function function(NativeLibrary libtorch, String symbol, String purpose) {
        try {
            return libtorch.getFunction(symbol);
        } catch (UnsatisfiedLinkError e) {
            throw new IllegalStateException("libtorch " + DjlEnvironment.PYTORCH_VERSION + " expected: " + LIBRARY
                    + " lacks " + symbol + ", so " + purpose, e);
        }
    }
}
