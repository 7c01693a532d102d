package dev.kindling.autograd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.kindling.ops.Op;
import dev.kindling.ops.OpArgs;
import dev.kindling.ops.Param;
import dev.kindling.ops.ParamType;
import dev.kindling.ops.Schema;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;
import dev.kindling.tensor.random.CpuGenerator;

/**
 * Arguments for a differentiable op, built from the schema of its first overload that has a
 * Tensor to differentiate and no required argument a sample cannot give (a dtype): each Tensor
 * parameter a float64 (2, 3) leaf that requires grad, with elements of magnitude in [0.2, 0.45]
 * (away from 0, from +-0.5 and from the integers, where relu, round and floor have kinks or
 * jumps); required ints 1, int lists [1], Scalars 0.3; everything else its default. What a
 * schema cannot say (matching matrix shapes, index and mask tensors, a positive domain) comes
 * from {@link #HINTS}, one line per op.
 */
final class RegistrySamples {
    /** Per op (F's prefixed {@code F.}): the arguments its schema cannot choose. */
    private static final Map<String, Consumer<RegistrySamples>> HINTS = new HashMap<>();

    static {
        for (String op : new String[] {"sqrt", "rsqrt", "log", "log1p", "pow"}) {
            hint(op, s -> s.positive = true);
        }
        // a number exponent, as the declared PowBackward0 says (a tensor one records PowBackward1)
        hint("pow", s -> s.set("exponent", 2.5));
        // a vector, as the example (a matrix's diagonal records DiagonalBackward0_copy)
        hint("diag", s -> s.shape("self", 3));
        hint("clamp", s -> s.set("min", -0.3).set("max", 0.3));
        hint("clip", s -> s.set("min", -0.3).set("max", 0.3));
        hint("masked_fill", s -> s.set("mask", mask()));
        hint("where", s -> s.set("condition", mask()));
        hint("view", s -> s.set("size", new int[] {-1}));
        hint("reshape", s -> s.set("shape", new int[] {3, 2}));
        hint("expand", s -> s.set("size", new int[] {2, 2, 3}));
        hint("permute", s -> s.set("dims", new int[] {1, 0}));
        hint("repeat", s -> s.set("repeats", new int[] {2, 1}));
        hint("gather", s -> s.set("index", Torch.tensor(new long[] {1, 0, 2, 2}).reshape(2, 2)));
        hint("index_select", s -> s.set("index", Torch.tensor(new long[] {2, 0})));
        hint("matmul", s -> s.shape("other", 3, 4));
        hint("mm", s -> s.shape("mat2", 3, 4));
        hint("bmm", s -> s.shape("self", 2, 2, 3).shape("mat2", 2, 3, 4));
        hint("dot", s -> s.shape("self", 3).shape("tensor", 3));
        hint("outer", s -> s.shape("self", 3).shape("vec2", 4));
        hint("F.softmax", s -> s.set("dim", 1L));
        hint("F.log_softmax", s -> s.set("dim", 1L));
        hint("F.linear", s -> s.shape("weight", 4, 3).shape("bias", 4));
        hint("F.layer_norm", s -> s.set("normalized_shape", new int[] {3}).shape("weight", 3).shape("bias", 3));
        hint("F.embedding", s -> s.set("input", Torch.tensor(new long[] {0, 2, 3})).shape("weight", 4, 3));
        hint("F.cross_entropy", s -> s.set("target", Torch.tensor(new long[] {0, 2})));
        hint("F.nll_loss", s -> s.set("target", Torch.tensor(new long[] {0, 2})));
        hint("F.binary_cross_entropy", s -> s.positive = true);
        hint("F.kl_div", s -> s.positive = true);
    }

    private final Map<String, Object> given = new HashMap<>();
    private final Map<String, int[]> shapes = new HashMap<>();
    private Op.Overload overload;
    private boolean positive;

    private RegistrySamples() {}

    private static void hint(String op, Consumer<RegistrySamples> h) {
        HINTS.merge(op, h, Consumer::andThen);
    }

    /** The hints of an op, found by its name, or for a functional one by {@code F.name}. */
    static RegistrySamples of(Op op, boolean functional) {
        RegistrySamples s = new RegistrySamples();
        String key = functional ? "F." + op.name() : op.name();
        HINTS.getOrDefault(key, x -> {}).accept(s);
        for (Op.Overload o : op.overloads()) {
            if (s.overload == null && s.canSample(o.schema())) {
                s.overload = o;
            }
        }
        if (s.overload == null) {
            throw new IllegalStateException(key + ": no overload has a Tensor to differentiate and sampleable arguments");
        }
        return s;
    }

    private boolean canSample(Schema schema) {
        boolean differentiable = false;
        for (Param p : schema.params()) {
            if (given.containsKey(p.name())) {
                continue;
            }
            differentiable |= isLeaf(p);
            if (!p.optional() && !isLeaf(p) && sample(p) == null) {
                return false;
            }
        }
        return differentiable;
    }

    /** Whether gradcheck perturbs this parameter: a Tensor it must or is hinted to be given. */
    private boolean isLeaf(Param p) {
        return p.type() == ParamType.TENSOR_LIST
                || p.type() == ParamType.TENSOR && (!p.optional() || shapes.containsKey(p.name()));
    }

    private RegistrySamples set(String param, Object value) {
        given.put(param, value);
        return this;
    }

    private RegistrySamples shape(String param, int... shape) {
        shapes.put(param, shape);
        return this;
    }

    private static Tensor mask() {
        return Torch.tensor(new double[] {1, 0, 0, 1, 1, 0}, DType.FLOAT64).reshape(2, 3).gt(0.5);
    }

    /** The float64 leaves that gradcheck perturbs, in schema order, drawn from {@code rng}. */
    List<Tensor> leaves(CpuGenerator rng) {
        List<Tensor> out = new ArrayList<>();
        for (Param p : overload.schema().params()) {
            if (given.containsKey(p.name())) {
                continue;
            }
            if (p.type() == ParamType.TENSOR && isLeaf(p)) {
                out.add(leaf(rng, shapes.getOrDefault(p.name(), new int[] {2, 3})));
            } else if (p.type() == ParamType.TENSOR_LIST) {
                out.add(leaf(rng, 2, 3));
                out.add(leaf(rng, 2, 3));
            }
        }
        return out;
    }

    private Tensor leaf(CpuGenerator rng, int... shape) {
        Tensor u = Torch.rand(rng, shape, DType.FLOAT64);
        Tensor sign = Torch.rand(rng, shape, DType.FLOAT64);
        for (int i = 0; i < u.numel(); i++) {
            double magnitude = 0.2 + 0.25 * u.at(i);
            u.setAt(i, positive || sign.at(i) > 0.5 ? magnitude : -magnitude);
        }
        return u.requiresGrad_(true);
    }

    /** The bound arguments with {@code leaves} (as {@link #leaves} made them, or converted copies) in place. */
    OpArgs args(List<Tensor> leaves) {
        Schema schema = overload.schema();
        List<Param> params = schema.params();
        Object[] values = new Object[params.size()];
        boolean[] isGiven = new boolean[params.size()];
        int next = 0;
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            isGiven[i] = true;
            if (given.containsKey(p.name())) {
                values[i] = given.get(p.name());
            } else if (p.type() == ParamType.TENSOR && isLeaf(p)) {
                values[i] = leaves.get(next++);
            } else if (p.type() == ParamType.TENSOR_LIST) {
                values[i] = List.of(leaves.get(next), leaves.get(next + 1));
                next += 2;
            } else if (p.optional()) {
                values[i] = p.defaultValue();
                isGiven[i] = false;
            } else {
                values[i] = sample(p);
            }
        }
        return new OpArgs(schema, values, isGiven);
    }

    /** A required argument's sample, or null for a type no sample is chosen for. */
    private static Object sample(Param p) {
        switch (p.type()) {
            case INT: return 1L;
            case INT_LIST: return new int[] {1};
            case SCALAR:
            case FLOAT: return 0.3;
            case BOOL: return false;
            default: return null;
        }
    }

    /** Runs the chosen overload on these leaves with the current default generator reseeded, so random ops repeat. */
    Tensor apply(List<Tensor> leaves) {
        CpuGenerator.defaultGenerator().manualSeed(0);
        return firstTensor(overload.kernel().apply(args(leaves)));
    }

    /** The output gradcheck follows: the tensor, or the values of (values, indices), or the first of a tuple. */
    private static Tensor firstTensor(Object result) {
        if (result instanceof Tensor t) {
            return t;
        }
        if (result instanceof dev.kindling.tensor.ValuesIndices vi) {
            return vi.values();
        }
        if (result instanceof List<?> l) {
            return (Tensor) l.get(0);
        }
        return ((Tensor[]) result)[0];
    }
}
