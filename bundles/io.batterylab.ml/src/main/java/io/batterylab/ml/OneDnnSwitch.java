package io.batterylab.ml;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.file.Path;

/**
 * Keeps libtorch off its oneDNN (mkldnn) kernels, so that a model computes the same function on every x86-64 CPU.
 *
 * <p>libtorch 2.x runs {@code lstm} on CPU through oneDNN whenever oneDNN is enabled, and oneDNN picks its RNN
 * implementation by processor at run time ({@code brgemm:avx512_core} on AVX-512 machines, {@code brgemm:avx2} or a
 * reference kernel elsewhere). On one AVX-512 machine that path gave a bidirectional stack that differed from
 * {@code torch.nn.LSTM} by 0.085 while {@code DNNL_MAX_CPU_ISA=AVX2} made it match: a result that depends on the
 * processor. Switched off, libtorch runs the LSTM as {@code torch.nn.LSTM} always did before oneDNN (gate matrix
 * products through its BLAS, cell arithmetic in ATen), whose results differ between instruction sets only by float
 * rounding. Libtorch offers no environment variable for this and DJL no Java call, so the one switch libtorch has,
 * {@code at::globalContext().setUserEnabledMkldnn(false)} (what {@code torch.backends.mkldnn.enabled = False} calls),
 * is called through JNA, which DJL already uses. The symbols are those of the pinned libtorch
 * {@value DjlEnvironment#PYTORCH_VERSION}; a libtorch without them is refused rather than run unchecked.
 */
final class OneDnnSwitch {
    /** {@code at::globalContext()}. */
    static final String GLOBAL_CONTEXT = "_ZN2at13globalContextEv";
    /** {@code at::Context::setUserEnabledMkldnn(bool)}. */
    static final String SET_ENABLED = "_ZN2at7Context20setUserEnabledMkldnnEb";
    /** {@code at::Context::userEnabledMkldnn() const}. */
    static final String IS_ENABLED = "_ZNK2at7Context17userEnabledMkldnnEv";

    private OneDnnSwitch() {
    }

    /**
     * Switches oneDNN off in the libtorch loaded from the directory and checks that it stayed off.
     *
     * @throws IllegalStateException when the library or its switch is not there, or the switch did not take
     */
    static void switchOff(Path libtorchDirectory) {
        NativeLibrary libtorch = load(libtorchDirectory);
        Pointer context = function(libtorch, GLOBAL_CONTEXT).invokePointer(new Object[0]);
        function(libtorch, SET_ENABLED).invokeVoid(new Object[] { context, Boolean.FALSE });
        if (isOn(libtorch, context)) {
            throw new IllegalStateException("libtorch kept oneDNN switched on: BiLSTM results would depend on the CPU");
        }
    }

    /** Whether the libtorch loaded from the directory would use oneDNN now. */
    static boolean isOn(Path libtorchDirectory) {
        NativeLibrary libtorch = load(libtorchDirectory);
        return isOn(libtorch, function(libtorch, GLOBAL_CONTEXT).invokePointer(new Object[0]));
    }

    private static boolean isOn(NativeLibrary libtorch, Pointer context) {
        // a C++ bool comes back in the lowest byte of the register; the rest of it is undefined
        return (function(libtorch, IS_ENABLED).invokeInt(new Object[] { context }) & 0xff) != 0;
    }

    private static NativeLibrary load(Path libtorchDirectory) {
        return LibtorchSymbols.load(libtorchDirectory);
    }

    private static Function function(NativeLibrary libtorch, String symbol) {
        return LibtorchSymbols.function(libtorch, symbol, "oneDNN cannot be switched off");
    }
}
