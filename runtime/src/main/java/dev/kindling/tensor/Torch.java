package dev.kindling.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.random.CpuGenerator;
import dev.kindling.tensor.random.Multinomial;
import dev.kindling.tensor.random.Distributions;
import dev.kindling.tensor.storage.FloatConversions;

/**
 * Static factories and functions of the Java DSL, named after {@code torch.*}.
 *
 * <pre>{@code
 * Tensor x = Torch.tensor(List.of(List.of(1.0, 2.0), List.of(3.0, 4.0)));
 * Tensor z = Torch.zeros(2, 3);
 * Tensor r = Torch.rand(CpuGenerator.defaultGenerator().manualSeed(42), 100, 1);
 * }</pre>
 */
public final class Torch {
    /** Allocation cap in bytes (default a quarter of the JVM's maximum heap). */
    private static volatile long allocationCap = Runtime.getRuntime().maxMemory() / 4;

    private Torch() {}

    public static void setAllocationCap(long bytes) {
        allocationCap = bytes;
    }

    /** Allocates zeroed storage for a shape, refusing sizes over the cap with a clear error. */
    static double[] allocate(int[] shape, DType dtype) {
        return new double[checkedNumel(shape, dtype)];
    }

    /** Zeroed float storage for a float32 shape, checked as {@link #allocate} checks. */
    static float[] allocateFloats(int[] shape) {
        return new float[checkedNumel(shape, DType.FLOAT32)];
    }

    /** The element count of a shape, refusing negative dims and sizes over the cap with PyTorch's errors. */
    private static int checkedNumel(int[] shape, DType dtype) {
        long n;
        try {
            n = 1;
            for (int d : shape) {
                if (d < 0) {
                    throw KindlingError.runtimeError("Trying to create tensor with negative dimension " + d + ": "
                            + Shapes.str(shape));
                }
                n = Math.multiplyExact(n, (long) d);
            }
        } catch (ArithmeticException e) {
            throw KindlingError.runtimeError("the number of elements of shape " + Shapes.str(shape) + " overflows");
        }
        long bytes = n * dtype.itemSize();
        if (bytes > allocationCap || n > Integer.MAX_VALUE - 8) {
            throw allocationError(bytes);
        }
        return (int) n;
    }

    /** PyTorch's allocator error, with Kindling's cap, for a request of {@code bytes}. */
    public static KindlingError allocationError(long bytes) {
        return KindlingError.runtimeError("[enforce fail at alloc_cpu.cpp] DefaultCPUAllocator: not enough memory: "
                + "you tried to allocate " + bytes + " bytes (Kindling's limit is " + allocationCap + " bytes).");
    }

    static Tensor make(double[] data, int[] shape, DType dtype) {
        return new Tensor(data, shape, dtype);
    }

    // ---- from data ----

    /** A tensor from a number, a Boolean, or nested Lists/arrays of them; the dtype is inferred. */
    public static Tensor tensor(Object data) {
        return tensor(data, null);
    }

    /** A tensor from data, converted to {@code dtype} (null: inferred as PyTorch does). */
    public static Tensor tensor(Object data, DType dtype) {
        if (data instanceof Tensor t) {
            Tensor copy = t.detachCopy();
            return dtype == null ? copy : copy.to(dtype);
        }
        List<Integer> shape = new ArrayList<>();
        inferShape(data, 0, shape);
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        double[] values = allocate(dims, DType.FLOAT64);
        DType[] kind = {null};
        fill(data, dims, 0, values, new int[] {0}, kind);
        DType type = dtype != null ? dtype : kind[0] == null ? DType.DEFAULT_FLOAT : kind[0];
        for (int i = 0; i < values.length; i++) {
            values[i] = type.cast(values[i]);
        }
        return new Tensor(values, dims, type);
    }

    private static void inferShape(Object data, int depth, List<Integer> shape) {
        List<?> items = asList(data);
        if (items == null) {
            return;
        }
        shape.add(items.size());
        if (!items.isEmpty()) {
            inferShape(items.get(0), depth + 1, shape);
        }
    }

    private static List<?> asList(Object data) {
        if (data instanceof List<?> l) {
            return l;
        }
        if (data instanceof double[] d) {
            List<Double> l = new ArrayList<>();
            for (double v : d) {
                l.add(v);
            }
            return l;
        }
        if (data instanceof long[] d) {
            List<Long> l = new ArrayList<>();
            for (long v : d) {
                l.add(v);
            }
            return l;
        }
        if (data instanceof int[] d) {
            List<Long> l = new ArrayList<>();
            for (int v : d) {
                l.add((long) v);
            }
            return l;
        }
        if (data instanceof float[] d) {
            List<Double> l = new ArrayList<>();
            for (float v : d) {
                l.add((double) v);
            }
            return l;
        }
        if (data instanceof boolean[] d) {
            List<Boolean> l = new ArrayList<>();
            for (boolean v : d) {
                l.add(v);
            }
            return l;
        }
        if (data instanceof Object[] a) {
            return Arrays.asList(a);
        }
        return null;
    }

    private static void fill(Object data, int[] dims, int depth, double[] out, int[] pos, DType[] kind) {
        List<?> items = asList(data);
        if (depth == dims.length) {
            if (items != null) {
                throw KindlingError.valueError("expected sequence of length " + 0 + " at dim " + depth + " (got "
                        + items.size() + ")");
            }
            out[pos[0]++] = scalarValue(data, kind);
            return;
        }
        if (items == null) {
            throw KindlingError.typeError("expected a sequence at dim " + depth + " but got a scalar");
        }
        if (items.size() != dims[depth]) {
            throw KindlingError.valueError("expected sequence of length " + dims[depth] + " at dim " + depth + " (got "
                    + items.size() + ")");
        }
        for (Object item : items) {
            fill(item, dims, depth + 1, out, pos, kind);
        }
    }

    private static double scalarValue(Object v, DType[] kind) {
        if (v instanceof Tensor t) {
            if (t.numel() != 1) {
                throw KindlingError.valueError("only one element tensors can be converted to Python scalars");
            }
            kind[0] = kind[0] == null ? t.dtype : DType.promote(kind[0], t.dtype);
            return t.doubles()[0];
        }
        DType k = scalarKind(v);
        kind[0] = kind[0] == null ? k : DType.promote(kind[0], k);
        return toDouble(v);
    }

    /** What kind of Python number a Java value is: BOOL, INT64 or FLOAT32 (the defaults). */
    static DType scalarKind(Object v) {
        if (v instanceof Boolean) {
            return DType.BOOL;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof java.math.BigInteger) {
            return DType.INT64;
        }
        if (v instanceof Number) {
            return DType.DEFAULT_FLOAT;
        }
        throw KindlingError.typeError("new(): invalid data type '" + (v == null ? "None" : v.getClass().getSimpleName())
                + "'");
    }

    static double toDouble(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) v).doubleValue();
    }

    /**
     * A tensor for an operand: tensors as they are, Python numbers as wrapped 0-dim tensors. This
     * is the binding's form, for callers that hold an operand as an Object (the interpreter's
     * operators, the op registry's kernels): the boxed type says which Python number it is
     * (Long: int, Double: float, Boolean: bool), and the wrapped tensor promotes as that number
     * does in PyTorch. Java code with a typed value calls {@code Tensor.add(long)},
     * {@code add(double)} and the like instead.
     *
     * <pre>{@code
     * Tensor ints = Torch.tensor(new long[] {1, 2});
     * Object operand = 2L;                                   // a Python int, as the binder gives it
     * Tensor sum = ints.add(Torch.asTensor(operand));        // same as ints.add(2L): int64
     * }</pre>
     */
    public static Tensor asTensor(Object value) {
        if (value instanceof Tensor t) {
            return t;
        }
        DType kind = scalarKind(value);
        DType stored = kind == DType.DEFAULT_FLOAT ? DType.FLOAT64 : kind;
        return new Tensor(new double[] {toDouble(value)}, new int[0], stored, new int[1], true);
    }

    /** A 0-dim tensor holding a value of a given dtype. */
    public static Tensor scalar(double value, DType dtype) {
        return new Tensor(new double[] {dtype.cast(value)}, new int[0], dtype);
    }

    // ---- filled ----

    public static Tensor zeros(int... shape) {
        return full(shape, 0.0, DType.DEFAULT_FLOAT);
    }

    public static Tensor ones(int... shape) {
        return full(shape, 1.0, DType.DEFAULT_FLOAT);
    }

    public static Tensor empty(int... shape) {
        return zeros(shape);
    }

    public static Tensor full(int[] shape, double value, DType dtype) {
        double[] data = allocate(shape, dtype);
        java.util.Arrays.fill(data, dtype.cast(value));
        return new Tensor(data, shape.clone(), dtype);
    }

    public static Tensor zerosLike(Tensor t) {
        return fullLike(t, 0.0);
    }

    public static Tensor onesLike(Tensor t) {
        return fullLike(t, 1.0);
    }

    /** A tensor of t's shape, dtype and device, filled with {@code value}. */
    public static Tensor fullLike(Tensor t, double value) {
        Tensor filled = full(t.shape, value, t.dtype);
        return Devices.onDevice(t) ? Devices.moved(filled, Devices.of(t)) : filled;
    }

    public static Tensor eye(int n, int m, DType dtype) {
        Tensor t = full(new int[] {n, m}, 0.0, dtype);
        double[] tArray = t.doubles();
        for (int i = 0; i < Math.min(n, m); i++) {
            tArray[i * m + i] = 1;
        }
        return t;
    }

    /** {@code torch.arange(end)}: int64 {@code 0 .. end-1}. */
    public static Tensor arange(long end) {
        return arange(0, end, 1, DType.INT64);
    }

    /** {@code torch.arange(start, end)}: int64. */
    public static Tensor arange(long start, long end) {
        return arange(start, end, 1, DType.INT64);
    }

    /** {@code torch.full(shape, value)} with a float value: float32. */
    public static Tensor full(int[] shape, double value) {
        return full(shape, value, DType.DEFAULT_FLOAT);
    }

    /** {@code arange(start, end, step)}; integral arguments give int64 unless a dtype is given. */
    public static Tensor arange(double start, double end, double step, DType dtype) {
        if (step == 0) {
            throw KindlingError.runtimeError("step must be nonzero");
        }
        if ((step > 0 && start > end) || (step < 0 && start < end)) {
            throw KindlingError.runtimeError("upper bound and larger bound inconsistent with step sign");
        }
        int n = (int) Math.ceil((end - start) / step);
        double[] data = allocate(new int[] {n}, dtype);
        if (dtype == DType.FLOAT32) {
            arangeFloat(data, start, step);
        } else if (dtype == DType.FLOAT64) {
            arangeDouble(data, start, step);
        } else {
            for (int i = 0; i < n; i++) {
                data[i] = dtype.cast(Math.fma(step, i, start));
            }
        }
        return new Tensor(data, new int[] {n}, dtype);
    }

    /** Floats per vector in ATen's arange kernel (one AVX2 register, as in its sums). */
    private static final int VECTOR = 8;

    /**
     * float32 arange as ATen's kernel computes it: in double with fused multiply-adds, pairs of
     * 8-float vectors whose lanes step from a float base, and a scalar tail.
     */
    private static void arangeFloat(double[] out, double start, double step) {
        int n = out.length;
        int i = 0;
        for (; i + 2 * VECTOR <= n; i += 2 * VECTOR) {
            for (int v = i; v < i + 2 * VECTOR; v += VECTOR) {
                float base = (float) Math.fma(step, v, start);
                for (int j = 0; j < VECTOR; j++) {
                    out[v + j] = (float) Math.fma(j, step, base);
                }
            }
        }
        for (; i < n; i++) {
            out[i] = (float) Math.fma(step, i, start);
        }
    }

    /** float64 arange: as {@link #arangeFloat}, with 4-double vectors. */
    private static void arangeDouble(double[] out, double start, double step) {
        int n = out.length;
        int lanes = VECTOR / 2;
        int i = 0;
        for (; i + 2 * lanes <= n; i += 2 * lanes) {
            for (int v = i; v < i + 2 * lanes; v += lanes) {
                double base = Math.fma(step, v, start);
                for (int j = 0; j < lanes; j++) {
                    out[v + j] = Math.fma(j, step, base);
                }
            }
        }
        for (; i < n; i++) {
            out[i] = Math.fma(step, i, start);
        }
    }

    /**
     * float32 linspace as ATen's (scalar) kernel computes it: the first half up from start, the
     * second down from end, each value one fused multiply-add in float.
     */
    private static void linspaceFloat(double[] out, float start, float end, int halfway) {
        int steps = out.length;
        float step = (end - start) / (float) (steps - 1);
        for (int i = 0; i < steps; i++) {
            out[i] = i < halfway ? Math.fma(step, (float) i, start) : Math.fma(-step, (float) (steps - i - 1), end);
        }
    }

    /** {@code linspace(start, end, steps)}, computed as PyTorch's kernel does (from both ends). */
    public static Tensor linspace(double start, double end, int steps, DType dtype) {
        if (steps < 0) {
            throw KindlingError.runtimeError("number of steps must be non-negative");
        }
        double[] data = allocate(new int[] {steps}, dtype);
        if (steps == 1) {
            data[0] = dtype.cast(start);
        } else if (steps > 1) {
            int halfway = steps / 2;
            if (dtype == DType.FLOAT32) {
                linspaceFloat(data, (float) start, (float) end, halfway);
            } else {
                double step = (end - start) / (steps - 1);
                for (int i = 0; i < steps; i++) {
                    data[i] = dtype.cast(i < halfway ? Math.fma(step, i, start) : Math.fma(-step, steps - i - 1, end));
                }
            }
        }
        return new Tensor(data, new int[] {steps}, dtype);
    }

    // ---- random (PyTorch's CPU streams) ----

    /** {@code torch.manual_seed(seed)}: reseeds the default generator the overloads below draw from. */
    public static void manualSeed(long seed) {
        CpuGenerator.defaultGenerator().manualSeed(seed);
    }

    /** {@code torch.rand(*shape)} from the default generator (PyTorch's stream for the same seed). */
    public static Tensor rand(int... shape) {
        return rand(CpuGenerator.defaultGenerator(), shape);
    }

    /** {@code torch.randn(*shape)} from the default generator. */
    public static Tensor randn(int... shape) {
        return randn(CpuGenerator.defaultGenerator(), shape);
    }

    /** {@code torch.randint(low, high, shape)} (int64) from the default generator. */
    public static Tensor randint(long low, long high, int... shape) {
        return randint(CpuGenerator.defaultGenerator(), low, high, shape, DType.INT64);
    }

    /** {@code torch.randperm(n)} (int64) from the default generator. */
    public static Tensor randperm(int n) {
        return randperm(CpuGenerator.defaultGenerator(), n, DType.INT64);
    }

    /** {@code torch.normal(mean, std, shape)} (float32) from the default generator. */
    public static Tensor normal(double mean, double std, int... shape) {
        return normal(CpuGenerator.defaultGenerator(), shape, DType.DEFAULT_FLOAT, mean, std);
    }

    public static Tensor rand(CpuGenerator g, int... shape) {
        return rand(g, shape, DType.DEFAULT_FLOAT);
    }

    public static Tensor rand(CpuGenerator g, int[] shape, DType dtype) {
        return uniform(g, shape, dtype, 0, 1);
    }

    static Tensor uniform(CpuGenerator g, int[] shape, DType dtype, double from, double to) {
        if (dtype == DType.FLOAT32) {
            float[] f = allocateFloats(shape);
            Distributions.uniform(f, from, to, g);
            return new Tensor(Elements.ofFloat32(f), shape.clone(), dtype);
        }
        double[] data = allocate(shape, dtype);
        Distributions.uniform(data, from, to, g);
        return new Tensor(data, shape.clone(), dtype);
    }

    public static Tensor randn(CpuGenerator g, int... shape) {
        return normal(g, shape, DType.DEFAULT_FLOAT, 0, 1);
    }

    public static Tensor normal(CpuGenerator g, int[] shape, DType dtype, double mean, double std) {
        if (dtype == DType.FLOAT32) {
            float[] f = allocateFloats(shape);
            Distributions.normal(f, mean, std, g);
            return new Tensor(Elements.ofFloat32(f), shape.clone(), dtype);
        }
        double[] data = allocate(shape, dtype);
        Distributions.normal(data, mean, std, g);
        return new Tensor(data, shape.clone(), dtype);
    }

    public static Tensor randint(CpuGenerator g, long low, long high, int[] shape, DType dtype) {
        if (low >= high) {
            throw KindlingError.runtimeError("random_ expects 'from' to be less than 'to', but got from=" + low
                    + " >= to=" + high);
        }
        double[] data = allocate(shape, dtype);
        long[] l = new long[data.length];
        Distributions.randint(l, low, high, g);
        for (int i = 0; i < l.length; i++) {
            data[i] = l[i];
        }
        return new Tensor(data, shape.clone(), dtype);
    }

    public static Tensor randperm(CpuGenerator g, int n, DType dtype) {
        if (n < 0) {
            throw KindlingError.runtimeError("Trying to create tensor with negative dimension " + n + ": [" + n + "]");
        }
        long[] p = Distributions.randperm(n, g);
        double[] data = new double[n];
        for (int i = 0; i < n; i++) {
            data[i] = p[i];
        }
        return new Tensor(data, new int[] {n}, dtype);
    }

    /** {@code torch.bernoulli(p)}: 1 with probability p[i], else 0, drawn as PyTorch's CPU kernel draws (same dtype as p). */
/**
     * {@code torch.multinomial(p, n, replacement)}: n category indices per row of weights p (1-D or
     * 2-D), drawn as PyTorch's CPU kernel draws them ({@link Multinomial}).
     */
    public static Tensor multinomial(CpuGenerator g, Tensor p, int n, boolean replacement) {
        if (p.dim() < 1 || p.dim() > 2) {
            throw KindlingError.runtimeError("prob_dist must be 1 or 2 dim");
        }
        if (!p.dtype.isFloatingPoint()) {
            throw KindlingError.runtimeError("multinomial only supports floating-point dtypes for input, got: "
                    + Pointwise.typeWord(p.dtype));
        }
        if (n <= 0) {
            throw KindlingError.runtimeError("cannot sample n_sample <= 0 samples");
        }
        int rows = p.dim() == 1 ? 1 : p.shape[0];
        int categories = p.shape[p.dim() - 1];
        long[] drawn;
        try {
            drawn = Multinomial.sample(p.floatValues(), rows, categories, n, replacement, g);
        } catch (IllegalArgumentException e) {
            throw KindlingError.runtimeError(e.getMessage());
        }
        double[] out = new double[drawn.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = drawn[i];
        }
        return new Tensor(out, p.dim() == 1 ? new int[] {n} : new int[] {rows, n}, DType.INT64);
    }

        public static Tensor bernoulli(CpuGenerator g, Tensor p) {
        if (!p.dtype.isFloatingPoint()) {
            throw KindlingError.notImplementedError("\"bernoulli_tensor_cpu_p_\" not implemented for '" + p.dtype.shortName()
                    .replace("int64", "Long").replace("int32", "Int").replace("bool", "Bool") + "'");
        }
        for (double v : p.doubles()) {
            if (!(v >= 0 && v <= 1)) {
                throw KindlingError.runtimeError("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this "
                        + "error message be improved?  If so, please report an enhancement request to PyTorch.)");
            }
        }
        double[] out = new double[p.numel()];
        if (p.dtype == DType.FLOAT32) {
            float[] probs = FloatConversions.toFloats(p.doubles());
            float[] drawn = new float[out.length];
            Distributions.bernoulli(drawn, probs, g);
            FloatConversions.toDoubles(drawn, 0, out, 0, out.length);
        } else {
            Distributions.bernoulli(out, p.doubles(), g);
        }
        return new Tensor(out, p.shape.clone(), p.dtype);
    }

    /** Fills a tensor in place with uniform values (nn.init and Linear's initialisation). */
    public static Tensor uniform_(Tensor t, double from, double to, CpuGenerator g) {
        Tensor fresh = uniform(g, t.shape, t.dtype, from, to);
        System.arraycopy(fresh.doubles(), 0, t.doubles(), 0, t.numel());
        t.bumpVersion();
        return t;
    }

    public static Tensor normal_(Tensor t, double mean, double std, CpuGenerator g) {
        Tensor fresh = normal(g, t.shape, t.dtype, mean, std);
        System.arraycopy(fresh.doubles(), 0, t.doubles(), 0, t.numel());
        t.bumpVersion();
        return t;
    }

    // ---- joining ----

    public static Tensor cat(List<Tensor> tensors, int dim) {
        return Reshapes.cat(tensors, dim);
    }

    public static Tensor stack(List<Tensor> tensors, int dim) {
        if (tensors.isEmpty()) {
            throw KindlingError.runtimeError("stack expects a non-empty TensorList");
        }
        int[] first = tensors.get(0).shape;
        for (int k = 0; k < tensors.size(); k++) {
            if (!java.util.Arrays.equals(tensors.get(k).shape, first)) {
                throw KindlingError.runtimeError("stack expects each tensor to be equal size, but got "
                        + Shapes.str(first) + " at entry 0 and " + Shapes.str(tensors.get(k).shape) + " at entry " + k);
            }
        }
        int d = Shapes.wrapDim(dim, first.length + 1);
        List<Tensor> pieces = new ArrayList<>();
        for (Tensor t : tensors) {
            pieces.add(t.detach().unsqueeze(d));
        }
        // one StackBackward0 node, as PyTorch records, not a CatBackward0 over UnsqueezeBackward0s
        Tensor[] inputs = tensors.toArray(new Tensor[0]);
        return Reshapes.cat(pieces, d).withGradFn("StackBackward0", inputs, g -> {
            Tensor[] grads = new Tensor[inputs.length];
            for (int i = 0; i < grads.length; i++) {
                grads[i] = Indexing.narrow(g, d, i, 1).squeeze(d);
            }
            return grads;
        }, false);
    }

    /** {@code where(condition, x, y)}. */
    public static Tensor where(Tensor condition, Object x, Object y) {
        return Pointwise.where(condition, asTensor(x), asTensor(y));
    }

    /** {@code hstack}: cat along dim 1 (dim 0 for 1-D inputs). */
    public static Tensor hstack(List<Tensor> tensors) {
        return Rearrangements.hstack(tensors);
    }

    /** {@code vstack}: rows; 1-D inputs become rows of a matrix. */
    public static Tensor vstack(List<Tensor> tensors) {
        return Rearrangements.vstack(tensors);
    }
}
