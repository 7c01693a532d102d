package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.Bindings.function;
import static dev.kindling.lang.modules.torch.TensorType.method;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/**
 * Bindings of the ops in the DSL's MoreOps (isnan... addcdiv): Tensor methods here, and the torch
 * functions of the same names, which call the method on their first argument.
 */
final class MoreTensorMethods {
    private MoreTensorMethods() {}

    /** Names that exist both as torch.f(input, ...) and Tensor.f(...). */
    static final String[] SHARED = {"isnan", "isinf", "isfinite", "isclose", "allclose", "square", "rsqrt",
        "masked_fill", "tril", "triu", "clamp_min", "clamp_max", "lerp", "addcmul", "addcdiv",
        "amax", "amin", "logsumexp", "count_nonzero", "cumprod", "outer", "bmm", "diag",
        "gather", "index_select", "narrow", "unbind", "roll", "nonzero", "unique"};

    static void install() {
        installReductions();
        installIndexing();
        method("isnan", (s, a, k) -> s.isnan());
        method("isinf", (s, a, k) -> s.isinf());
        method("isfinite", (s, a, k) -> s.isfinite());
        method("isclose", (s, a, k) -> {
            Object[] p = closeness("isclose", a, k);
            return s.isclose(TensorMethods.tensor(p[0]), rtol(p[1]), atol(p[2]), TorchArgs.bool(p[3], false));
        });
        method("allclose", (s, a, k) -> {
            Object[] p = closeness("allclose", a, k);
            return s.allclose(TensorMethods.tensor(p[0]), rtol(p[1]), atol(p[2]), TorchArgs.bool(p[3], false));
        });
        method("square", (s, a, k) -> s.square());
        method("rsqrt", (s, a, k) -> s.rsqrt());
        method("masked_fill", (s, a, k) -> {
            Object[] p = Args.bind("masked_fill", a, k, "mask", "value");
            return s.maskedFill(mask(p[0]), fillValue(p[1]));
        });
        method("masked_fill_", (s, a, k) -> {
            Object[] p = Args.bind("masked_fill_", a, k, "mask", "value");
            return s.maskedFill_(mask(p[0]), fillValue(p[1]));
        });
        method("where", (s, a, k) -> {
            Object[] p = Args.bind("where", a, k, "condition", "other");
            return Torch.where(mask(p[0]), s, TorchArgs.operand(p[1]));
        });
        method("tril", (s, a, k) -> s.tril(diagonal("tril", a, k)));
        method("triu", (s, a, k) -> s.triu(diagonal("triu", a, k)));
        method("clamp_min", (s, a, k) -> s.clampMin(TensorMethods.scalar(Args.bind("clamp_min", a, k, "min")[0])));
        method("clamp_max", (s, a, k) -> s.clampMax(TensorMethods.scalar(Args.bind("clamp_max", a, k, "max")[0])));
        method("lerp", (s, a, k) -> {
            Object[] p = Args.bind("lerp", a, k, "end", "weight");
            if (p[1] instanceof Tensor) {
                throw KindlingError.notImplementedError("lerp with a tensor weight: Kindling takes a number");
            }
            return s.lerp(TensorMethods.tensor(p[0]), Ops.toDouble(p[1]));
        });
        method("addcmul", (s, a, k) -> {
            Object[] p = Args.bind("addcmul", a, k, "tensor1", "tensor2", "*", "value=");
            return s.addcmul(TensorMethods.tensor(p[0]), TensorMethods.tensor(p[1]), value(p[2]));
        });
        method("addcdiv", (s, a, k) -> {
            Object[] p = Args.bind("addcdiv", a, k, "tensor1", "tensor2", "*", "value=");
            return s.addcdiv(TensorMethods.tensor(p[0]), TensorMethods.tensor(p[1]), value(p[2]));
        });
    }

    /** Second batch: reductions and products. */
    static void installReductions() {
        method("amax", (s, a, k) -> extreme("amax", s, a, k));
        method("amin", (s, a, k) -> extreme("amin", s, a, k));
        method("logsumexp", (s, a, k) -> {
            Object[] p = Args.bind("logsumexp", a, k, "dim", "keepdim=");
            return s.logsumexp(TorchArgs.dims(p[0]), TorchArgs.bool(p[1], false));
        });
        method("count_nonzero", (s, a, k) -> s.countNonzero(TorchArgs.dims(Args.bind("count_nonzero", a, k, "dim=")[0])));
        method("cumprod", (s, a, k) -> s.cumprod(TorchArgs.dim(Args.bind("cumprod", a, k, "dim")[0])));
        method("outer", (s, a, k) -> s.outer(TensorMethods.tensor(Args.bind("outer", a, k, "vec2")[0])));
        method("bmm", (s, a, k) -> s.bmm(TensorMethods.tensor(Args.bind("bmm", a, k, "mat2")[0])));
        method("diag", (s, a, k) -> s.diag(diagonal("diag", a, k)));
    }

    /** Third batch: indexing. */
    static void installIndexing() {
        method("gather", (s, a, k) -> {
            Object[] p = Args.bind("gather", a, k, "dim", "index", "*", "sparse_grad=");
            return s.gather(TorchArgs.dim(p[0]), mask(p[1]));
        });
        method("index_select", (s, a, k) -> {
            Object[] p = Args.bind("index_select", a, k, "dim", "index");
            return s.indexSelect(TorchArgs.dim(p[0]), mask(p[1]));
        });
        method("narrow", (s, a, k) -> {
            Object[] p = Args.bind("narrow", a, k, "dim", "start", "length");
            return s.narrow(TorchArgs.dim(p[0]), (int) Ops.toLong(p[1]), (int) Ops.toLong(p[2]));
        });
        method("unbind", (s, a, k) -> {
            Object d = Args.bind("unbind", a, k, "dim=")[0];
            return TensorType.tuple(s.unbind(d == null ? 0 : TorchArgs.dim(d)));
        });
        method("roll", (s, a, k) -> {
            Object[] p = Args.bind("roll", a, k, "shifts", "dims=");
            return s.roll(shifts(p[0]), TorchArgs.dims(p[1]));
        });
        method("unique", (s, a, k) -> {
            Object[] p = Args.bind("unique", a, k, "sorted=", "return_inverse=", "return_counts=", "dim=");
            if (p[3] != null && p[3] != PyNone.NONE) {
                throw KindlingError.notImplementedError("unique(dim=...): Kindling supports dim=None only");
            }
            Tensor[] r = s.unique();
            boolean inverse = TorchArgs.bool(p[1], false);
            boolean counts = TorchArgs.bool(p[2], false);
            java.util.List<Tensor> out = new java.util.ArrayList<>(java.util.List.of(r[0]));
            if (inverse) {
                out.add(r[1]);
            }
            if (counts) {
                out.add(r[2]);
            }
            return out.size() == 1 ? r[0] : TensorType.tuple(out);
        });
        method("nonzero", (s, a, k) -> {
            Object[] p = Args.bind("nonzero", a, k, "*", "as_tuple=");
            if (TorchArgs.bool(p[0], false)) {
                throw KindlingError.notImplementedError("nonzero(as_tuple=True): use t.nonzero().unbind(1)");
            }
            return s.nonzero();
        });
    }

    /** torch.hstack / torch.vstack over a sequence of tensors. */
    static void stacks(PyModule m) {
        function(m, "hstack", (a, k) -> Torch.hstack(TorchModule.tensors(Args.bind("hstack", a, k, "tensors")[0])));
        function(m, "vstack", (a, k) -> Torch.vstack(TorchModule.tensors(Args.bind("vstack", a, k, "tensors")[0])));
    }

    private static Tensor extreme(String name, Tensor s, Object[] a, java.util.Map<String, Object> k) {
        Object[] p = Args.bind(name, a, k, "dim=", "keepdim=");
        int[] dims = p[0] == null ? null : TorchArgs.dims(p[0]);
        boolean keep = TorchArgs.bool(p[1], false);
        return name.equals("amax") ? s.amax(dims, keep) : s.amin(dims, keep);
    }

    /** torch.f(input, ...) for each shared name: the Tensor method on input. */
    static void functions(PyModule m) {
        stacks(m);
        for (String name : SHARED) {
            Object bound = TensorType.TYPE.lookup(name);
            function(m, name, (a, k) -> {
                Object[] all = a.clone();
                if (all.length > 0) {
                    all[0] = TensorMethods.tensor(a[0]);
                } else if (k != null && k.get("input") != null) {
                    all = new Object[] {TensorMethods.tensor(k.remove("input"))};
                } else {
                    throw KindlingError.typeError(name + "() missing 1 required positional arguments: \"input\"");
                }
                return Ops.call(bound, all, k);
            });
        }
    }

    /** roll's shifts: an int or a sequence of ints, negative allowed. */
    private static int[] shifts(Object o) {
        if (Ops.isInt(o)) {
            return new int[] {(int) Ops.toLong(o)};
        }
        java.util.List<Object> items = Ops.toList(o);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) Ops.toLong(items.get(i));
        }
        return out;
    }

    private static Object[] closeness(String name, Object[] a, java.util.Map<String, Object> k) {
        return Args.bind(name, a, k, "other", "rtol=", "atol=", "equal_nan=");
    }

    private static double rtol(Object o) {
        return o == null ? 1e-05 : Ops.toDouble(o);
    }

    private static double atol(Object o) {
        return o == null ? 1e-08 : Ops.toDouble(o);
    }

    private static double value(Object o) {
        return o == null ? 1 : TensorMethods.scalar(o);
    }

    private static int diagonal(String name, Object[] a, java.util.Map<String, Object> k) {
        Object d = Args.bind(name, a, k, "diagonal=")[0];
        return d == null ? 0 : (int) Ops.toLong(d);
    }

    private static Tensor mask(Object o) {
        if (!(o instanceof Tensor t)) {
            throw KindlingError.typeError("expected Tensor as argument, but got " + Ops.typeName(o));
        }
        return t;
    }

    /** A number, or a 0-d tensor's value (PyTorch refuses a value tensor with dimensions). */
    private static double fillValue(Object o) {
        if (o instanceof Tensor t && t.dim() > 0) {
            throw KindlingError.runtimeError("masked_fill_ only supports a 0-dimensional value tensor, but got tensor "
                    + "with " + t.dim() + " dimension(s).");
        }
        return TensorMethods.scalar(o);
    }
}
