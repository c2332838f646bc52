package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.LibUtils;
import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.file.Path;

/**
 * The two in-place libtorch operations that let all parameters' gradients live in one flat array: {@code set_}
 * points a parameter's gradient tensor at a slice of that array (libtorch's backward then adds every new gradient
 * into it in place, as it does for any existing gradient), and {@code zero_} clears the whole array in one call
 * instead of one {@code zeroGrad} per parameter. DJL has neither as a Java call (its {@code NDArray} cannot set a
 * gradient), so they are called through JNA as {@code at::_ops::set__source_Tensor::call(Tensor&, const Tensor&)}
 * and {@code at::_ops::zero_::call(Tensor&)}: libtorch's dispatcher entry points, which take references to the
 * {@code at::Tensor} objects that DJL's handles point to.
 */
final class GradientBuffer {
    /** {@code at::_ops::set__source_Tensor::call(at::Tensor&, const at::Tensor&)}. */
    static final String SET_SOURCE = "_ZN2at4_ops18set__source_Tensor4callERNS_6TensorERKS2_";
    /** {@code at::_ops::zero_::call(at::Tensor&)}. */
    static final String ZERO = "_ZN2at4_ops5zero_4callERNS_6TensorE";
    private static final String PURPOSE = "the parameters' gradients cannot share one array";

    private GradientBuffer() {
    }

    /** Makes {@code tensor} share the storage, offset and shape of {@code source} (both stay valid handles). */
    static void setSource(NDArray tensor, NDArray source) {
        Functions.SET_SOURCE.invokePointer(new Object[] { pointer(tensor), pointer(source) });
    }

    /** Sets every element of {@code tensor} to 0 in place. */
    static void zero(NDArray tensor) {
        Functions.ZERO.invokePointer(new Object[] { pointer(tensor) });
    }

    private static Pointer pointer(NDArray array) {
        return new Pointer(((PtNDArray) array).getHandle());
    }

    /** Looked up once, after the engine (and with it libtorch) has loaded. */
    private static final class Functions {
        static final Function SET_SOURCE;
        static final Function ZERO;

        static {
            DjlRuntime.engine();
            NativeLibrary libtorch = LibtorchSymbols.load(Path.of(LibUtils.getLibtorchPath()));
            SET_SOURCE = LibtorchSymbols.function(libtorch, GradientBuffer.SET_SOURCE, PURPOSE);
            ZERO = LibtorchSymbols.function(libtorch, GradientBuffer.ZERO, PURPOSE);
        }
    }
}
