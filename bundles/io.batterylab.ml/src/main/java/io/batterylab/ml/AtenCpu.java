package io.batterylab.ml;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.LibUtils;
import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import java.nio.file.Path;

/**
 * libtorch's CPU kernels called straight, into preallocated output tensors: {@code at::cpu::*_out}, the functions
 * behind the dispatcher. A call through DJL (or {@code at::} itself) passes the dispatcher, creates an autograd node
 * and allocates its result; for the 256 × 64 matrices of a small network that overhead is as long as the arithmetic.
 * The kernels are the ones autograd runs for the same operations, so results are the same bit for bit.
 *
 * <p>The functions are C++ and looked up by their mangled names in the loaded {@code libtorch_cpu.so} (libtorch
 * {@value DjlEnvironment#PYTORCH_VERSION}; {@code nm -DC} lists them). A DJL handle is the address of an
 * {@code at::Tensor}, so it is passed where a {@code Tensor&} or {@code const Tensor&} is expected. A
 * {@code c10::Scalar} is passed by reference to memory holding one; a {@code c10::OptionalArrayRef} (24 bytes) by
 * value on the stack, as the SysV ABI passes any such aggregate.
 */
final class AtenCpu {
    /** {@code at::cpu::addmm_out(Tensor& out, const Tensor& self, const Tensor& mat1, const Tensor& mat2, const Scalar& beta, const Scalar& alpha)}. */
    static final String ADDMM = "_ZN2at3cpu9addmm_outERNS_6TensorERKS1_S4_S4_RKN3c106ScalarES8_";
    /** {@code at::cpu::mm_out(Tensor& out, const Tensor& self, const Tensor& mat2)}. */
    static final String MM = "_ZN2at3cpu6mm_outERNS_6TensorERKS1_S4_";
    /** {@code at::cpu::tanh_out(Tensor& out, const Tensor& self)}. */
    static final String TANH = "_ZN2at3cpu8tanh_outERNS_6TensorERKS1_";
    /** {@code at::cpu::tanh_backward_out(Tensor& grad_input, const Tensor& grad_output, const Tensor& output)}. */
    static final String TANH_BACKWARD = "_ZN2at3cpu17tanh_backward_outERNS_6TensorERKS1_S4_";
    /**
     * {@code at::cpu::mse_loss_out(Tensor& out, const Tensor& self, const Tensor& target, int64_t reduction)}; the
     * structured kernel computes the elementwise squares only (its reduction is the functional's business).
     */
    static final String MSE_LOSS = "_ZN2at3cpu12mse_loss_outERNS_6TensorERKS1_S4_l";
    /** {@code at::cpu::mse_loss_backward_out(Tensor& grad_input, const Tensor& grad_output, const Tensor& self, const Tensor& target, int64_t reduction)}. */
    static final String MSE_LOSS_BACKWARD = "_ZN2at3cpu21mse_loss_backward_outERNS_6TensorERKS1_S4_S4_l";
    /** {@code at::cpu::sum_out(Tensor& out, const Tensor& self, OptionalIntArrayRef dim, bool keepdim, optional<ScalarType> dtype)}. */
    static final String SUM = "_ZN2at3cpu7sum_outERNS_6TensorERKS1_N3c1016OptionalArrayRefIlEEbSt8optionalINS5_10ScalarTypeEE";
    /** {@code at::cpu::mean_out(Tensor& out, const Tensor& self, OptionalIntArrayRef dim, bool keepdim, optional<ScalarType> dtype)}. */
    static final String MEAN_ALL = "_ZN2at3cpu8mean_outERNS_6TensorERKS1_N3c1016OptionalArrayRefIlEEbSt8optionalINS5_10ScalarTypeEE";
    /** {@code at::Reduction::None} and {@code Mean}. */
    private static final long NONE = 0;
    private static final long MEAN = 1;
    private static final String PURPOSE = "the dense training step cannot run (the loop records autograd instead)";

    private final Kernels kernels;
    /** {@code c10::Scalar(1.0)}; this and the dimension arguments are per instance, so runs on two threads share no argument memory. */
    private final Memory one = scalarOne();
    private final Dimensions firstDimension = Dimensions.first();
    private final Dimensions allDimensions = Dimensions.all();

    private AtenCpu(Kernels kernels) {
        this.kernels = kernels;
    }

    /**
     * The kernels of the libtorch DJL loaded, for one thread's use.
     *
     * @throws IllegalStateException when that libtorch lacks one of them (another version than the pinned one)
     */
    static AtenCpu kernels() {
        if (Loaded.FAILURE != null) {
            throw Loaded.FAILURE;
        }
        return new AtenCpu(Loaded.KERNELS);
    }

    /** The address a kernel takes for a {@code Tensor&} or {@code const Tensor&}: that of DJL's tensor object. */
    static Pointer tensor(NDArray array) {
        return new Pointer(((PtNDArray) array).getHandle());
    }

    /** out = bias + mat1 · mat2, bias broadcast over rows: what {@code torch.nn.functional.linear} runs. */
    void addmm(Pointer out, Pointer bias, Pointer mat1, Pointer mat2) {
        kernels.addmm().invokeVoid(new Object[] { out, bias, mat1, mat2, one, one });
    }

    /** out = a · b. */
    void mm(Pointer out, Pointer a, Pointer b) {
        kernels.mm().invokeVoid(new Object[] { out, a, b });
    }

    /** out = tanh(in); out may be in. */
    void tanh(Pointer out, Pointer in) {
        kernels.tanh().invokeVoid(new Object[] { out, in });
    }

    /** gradIn = gradOut · (1 - output²), where output = tanh(x); gradIn may be gradOut. */
    void tanhBackward(Pointer gradIn, Pointer gradOut, Pointer output) {
        kernels.tanhBackward().invokeVoid(new Object[] { gradIn, gradOut, output });
    }

    /** out = (predicted - target)², element by element. */
    void squaredErrors(Pointer out, Pointer predicted, Pointer target) {
        kernels.mseLoss().invokeVoid(new Object[] { out, predicted, target, NONE });
    }

    /** out (a scalar) = the mean of all of in's elements (libtorch: their sum, divided by their number). */
    void mean(Pointer out, Pointer in) {
        kernels.mean().invokeVoid(new Object[] { out, in, allDimensions, Boolean.FALSE, (short) 0 });
    }

    /** gradIn = 2 (predicted - target) / n · gradOut: the mean squared error's gradient, as autograd rounds it. */
    void mseLossBackward(Pointer gradIn, Pointer gradOut, Pointer predicted, Pointer target) {
        kernels.mseLossBackward().invokeVoid(new Object[] { gradIn, gradOut, predicted, target, MEAN });
    }

    /** out = the sum of in's rows (over dimension 0): a bias's gradient from the gradients of its layer's outputs. */
    void sumRows(Pointer out, Pointer in) {
        // keepdim false; dtype none (std::optional<ScalarType>: two bytes, the second the "engaged" flag, 0)
        kernels.sum().invokeVoid(new Object[] { out, in, firstDimension, Boolean.FALSE, (short) 0 });
    }

    /**
     * {@code c10::Scalar(1.0)}: the tag {@code HAS_d} (0) in the first four bytes, the double in the union after it.
     * The union starts at byte 8 or, aligned for its {@code c10::complex<double>}, at byte 16; 1.0 is written at both,
     * so the value is right either way.
     */
    private static Memory scalarOne() {
        Memory scalar = new Memory(32);
        scalar.clear();
        scalar.setInt(0, 0);
        scalar.setDouble(8, 1.0);
        scalar.setDouble(16, 1.0);
        return scalar;
    }

    /**
     * A {@code c10::OptionalArrayRef<int64_t>}: a {@code std::optional<ArrayRef>}, i.e. the array's data and length,
     * then the "engaged" flag.
     */
    @Structure.FieldOrder({ "data", "length", "engaged" })
    public static final class Dimensions extends Structure implements Structure.ByValue {
        private static final Memory ZERO = zero();
        public Pointer data;
        public long length;
        public byte engaged;

        /** {0}: reduce over the first dimension. */
        static Dimensions first() {
            Dimensions first = new Dimensions();
            first.data = ZERO;
            first.length = 1;
            first.engaged = 1;
            return first;
        }

        /** None: reduce over all dimensions. */
        static Dimensions all() {
            return new Dimensions();
        }

        private static Memory zero() {
            Memory dims = new Memory(Long.BYTES);
            dims.setLong(0, 0);
            return dims;
        }
    }

    /** Looked up once, after the engine (and with it libtorch) has loaded; a failure is kept and reported each time. */
    private record Kernels(Function addmm, Function mm, Function tanh, Function tanhBackward, Function mseLoss,
            Function mseLossBackward, Function sum, Function mean) {
        static Kernels of(NativeLibrary libtorch) {
            return new Kernels(function(libtorch, ADDMM), function(libtorch, MM), function(libtorch, TANH),
                    function(libtorch, TANH_BACKWARD), function(libtorch, MSE_LOSS), function(libtorch, MSE_LOSS_BACKWARD),
                    function(libtorch, SUM), function(libtorch, MEAN_ALL));
        }

        private static Function function(NativeLibrary libtorch, String symbol) {
            return LibtorchSymbols.function(libtorch, symbol, PURPOSE);
        }
    }

    private static final class Loaded {
        static final Kernels KERNELS;
        static final IllegalStateException FAILURE;

        static {
            Kernels kernels = null;
            IllegalStateException failure = null;
            try {
                DjlRuntime.engine();
                kernels = Kernels.of(LibtorchSymbols.load(Path.of(LibUtils.getLibtorchPath())));
            } catch (IllegalStateException e) {
                failure = e;
            }
            KERNELS = kernels;
            FAILURE = failure;
        }
    }
}
