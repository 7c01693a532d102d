package dev.kindling.ops;

import java.util.List;

import dev.kindling.tensor.DType;
import dev.kindling.tensor.Device;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * An op's arguments after binding, by schema name: every value is already of its parameter's
 * Java type (Tensor, Long, Double, Boolean, int[], List of Tensor, DType, Device, CpuGenerator,
 * String), defaults filled in, None as null. A binder (Python's, or a Java caller's) makes
 * them; kernels read them with the typed getters.
 */
public final class OpArgs {
    private final Schema schema;
    private final Object[] values;
    private final boolean[] given;

    public OpArgs(Schema schema, Object[] values, boolean[] given) {
        this.schema = schema;
        this.values = values;
        this.given = given;
    }

    public Schema schema() {
        return schema;
    }

    private int slot(String name) {
        List<Param> params = schema.params();
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(schema.name() + " has no parameter " + name);
    }

    /** The value as bound, or null for None. */
    public Object get(String name) {
        return values[slot(name)];
    }

    /** Whether the caller passed this argument (rather than taking its default). */
    public boolean given(String name) {
        return given[slot(name)];
    }

    /** Whether any Tensor argument, or any tensor of a Tensor[] argument, requires grad. */
    public boolean anyTensorRequiresGrad() {
        for (Object v : values) {
            if (v instanceof Tensor t && t.requiresGrad()) {
                return true;
            }
            if (v instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Tensor t && t.requiresGrad()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public boolean isNone(String name) {
        return get(name) == null;
    }

    /**
     * The receiver or first tensor argument; a number where the op takes numbers as tensors
     * ({@code torch.pow(2, x)} for {@code 2 ** x}) wrapped as {@link #operand} wraps it.
     */
    public Tensor self() {
        Object self = get("self");
        return self == null ? null : Torch.asTensor(self);
    }

    public Tensor tensor(String name) {
        return (Tensor) get(name);
    }

    /**
     * A Tensor argument that may also be a Python number (add, mul, eq...), as a tensor: a number
     * wrapped as PyTorch wraps it ({@link Torch#asTensor}), so it promotes by its kind.
     */
    public Tensor operand(String name) {
        return Torch.asTensor(get(name));
    }

    public double scalar(String name) {
        Object v = get(name);
        return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
    }

    /** A nullable Scalar or float: null for None. */
    public Double optionalScalar(String name) {
        return get(name) == null ? null : scalar(name);
    }

    /** A Scalar as bound: Long, Double or Boolean, so a kernel can infer a dtype from it. */
    public Object number(String name) {
        return get(name);
    }

    public long integer(String name) {
        return (Long) get(name);
    }

    /** An int that indexes a dim or an element. */
    public int index(String name) {
        return Math.toIntExact(integer(name));
    }

    public boolean bool(String name) {
        return (Boolean) get(name);
    }

    /** An int list (dims, permutations, repeats), or null for None. */
    public int[] ints(String name) {
        long[] values = longs(name);
        if (values == null) {
            return null;
        }
        int[] out = new int[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) Math.max(Math.min(values[i], Integer.MAX_VALUE), Integer.MIN_VALUE);
        }
        return out;
    }

    /** A new tensor's size: one Kindling can allocate, else PyTorch's error for that size. */
    public int[] shape(String name) {
        return RequestedShape.forAllocation(longs(name));
    }

    /** A view's size for a tensor of numel elements: sizes past Kindling's int dims are PyTorch's shape error. */
    public int[] viewShape(String name, long numel) {
        return RequestedShape.forView(longs(name), numel);
    }

    private long[] longs(String name) {
        Object v = get(name);
        return v instanceof int[] ints ? java.util.Arrays.stream(ints).asLongStream().toArray() : (long[]) v;
    }

    /** A float list ({@code float[2] betas}). */
    public double[] doubles(String name) {
        return (double[]) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<Tensor> tensors(String name) {
        return (List<Tensor>) get(name);
    }

    public DType dtype(String name) {
        return (DType) get(name);
    }

    public Device device(String name) {
        return (Device) get(name);
    }

    public CpuGenerator generator(String name) {
        CpuGenerator g = (CpuGenerator) get(name);
        return g == null ? CpuGenerator.defaultGenerator() : g;
    }

    public String string(String name) {
        return (String) get(name);
    }
}
