package dev.kindling.lang.modules.torch;

import static dev.kindling.lang.modules.torch.TensorType.method;

import java.util.Map;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/** The named methods of {@code torch.Tensor}, each binding Python arguments to one DSL call. */
final class TensorMethods {
    private TensorMethods() {}

    static void install() {
        metadata();
        conversions();
        autograd();
        arithmetic();
        reductions();
        shapes();
        PointwiseMethods.install();
        ReductionMethods.install();
        IndexingMethods.install();
    }

    private static void metadata() {
        method("size", (s, a, k) -> {
            Object[] p = Args.bind("size", a, k, "dim=");
            return p[0] == null || p[0] == PyNone.NONE ? s.shape() : (Object) (long) s.size(TorchArgs.dim(p[0]));
        });
        method("dim", (s, a, k) -> (long) s.dim());
        method("ndimension", (s, a, k) -> (long) s.dim());
        method("numel", (s, a, k) -> (long) s.numel());
        method("nelement", (s, a, k) -> (long) s.numel());
        method("element_size", (s, a, k) -> (long) s.dtype().itemSize());
        method("item", (s, a, k) -> s.item());
        method("tolist", (s, a, k) -> toPython(s.tolist()));
        method("is_contiguous", (s, a, k) -> s.isContiguous());
        method("is_floating_point", (s, a, k) -> s.dtype().isFloatingPoint());
        method("contiguous", (s, a, k) -> s.contiguous());
        method("stride", (s, a, k) -> {
            Object[] p = Args.bind("stride", a, k, "dim=");
            if (p[0] != null && p[0] != PyNone.NONE) {
                return (long) s.stride(TorchArgs.dim(p[0]));
            }
            int[] strides = s.stride();
            Object[] out = new Object[strides.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (long) strides[i];
            }
            return new PyTuple(out);
        });
    }

    /** java.util.List trees from the DSL become Python lists. */
    static Object toPython(Object o) {
        if (o instanceof java.util.List<?> l) {
            dev.kindling.lang.objects.PyList out = new dev.kindling.lang.objects.PyList();
            for (Object x : l) {
                out.add(toPython(x));
            }
            return out;
        }
        return o;
    }

    private static void conversions() {
        for (DType d : DType.values()) {
            method(d.shortName(), (s, a, k) -> s.to(d));
        }
        method("to", (s, a, k) -> {
            Object target = a.length > 0 ? a[0] : k == null ? null : k.get("dtype");
            if (target == null && k != null && k.get("device") != null) {
                target = k.get("device");
            }
            if (target instanceof DType d) {
                return s.to(d);
            }
            DeviceType.check(target);
            if (a.length > 1 && a[1] instanceof DType d) {
                return s.to(d);
            }
            return s;
        });
        method("type", (s, a, k) -> a.length == 0 ? s.typeDescription() : s.to(TorchArgs.dtype(a[0])));
        method("cpu", (s, a, k) -> s);
        method("cuda", (s, a, k) -> {
            throw TensorType.noCuda();
        });
        method("clone", (s, a, k) -> s.clone());
        method("detach", (s, a, k) -> s.detach());
        method("numpy", (s, a, k) -> {
            if (s.requiresGrad()) {
                throw KindlingError.runtimeError("Can't call numpy() on Tensor that requires grad. Use "
                        + "tensor.detach().numpy() instead.");
            }
            throw KindlingError.notImplementedError("Kindling has no numpy; use .tolist()");
        });
    }

    private static void autograd() {
        method("requires_grad_", (s, a, k) -> {
            Object[] p = Args.bind("requires_grad_", a, k, "requires_grad=");
            return s.requiresGrad_(TorchArgs.bool(p[0], true));
        });
        method("backward", (s, a, k) -> {
            Object[] p = Args.bind("backward", a, k, "gradient=", "retain_graph=", "create_graph=", "inputs=");
            if (TorchArgs.bool(p[2], false)) {
                throw KindlingError.notImplementedError("backward(create_graph=True): Kindling's autograd does not "
                        + "record the backward pass, so higher-order gradients are not available");
            }
            if (p[3] != null && p[3] != PyNone.NONE) {
                throw KindlingError.notImplementedError("backward(inputs=...): Kindling accumulates into every leaf; "
                        + "torch.autograd.grad(outputs, inputs) gives the gradients of chosen inputs");
            }
            Tensor g = p[0] == null || p[0] == PyNone.NONE ? null : (Tensor) p[0];
            s.backward(g, TorchArgs.bool(p[1], false));
            return PyNone.NONE;
        });
        method("retain_grad", (s, a, k) -> {
            s.retainGrad();
            return PyNone.NONE;
        });
        method("zero_", (s, a, k) -> s.zero_());
        method("fill_", (s, a, k) -> s.fill_(scalar(a[0])));
        method("copy_", (s, a, k) -> s.copy_(tensor(a[0])));
        method("bernoulli", (s, a, k) -> {
            Object[] p = Args.bind("bernoulli", a, k, "*", "generator=");
            return Torch.bernoulli(GeneratorType.orDefault(p[0]), s);
        });
        method("uniform_", (s, a, k) -> {
            Object[] p = Args.bind("uniform_", a, k, "from=", "to=", "*", "generator=");
            return Torch.uniform_(s, p[0] == null ? 0 : Ops.toDouble(p[0]), p[1] == null ? 1 : Ops.toDouble(p[1]),
                    GeneratorType.orDefault(p[2]));
        });
        method("normal_", (s, a, k) -> {
            Object[] p = Args.bind("normal_", a, k, "mean=", "std=", "*", "generator=");
            return Torch.normal_(s, p[0] == null ? 0 : Ops.toDouble(p[0]), p[1] == null ? 1 : Ops.toDouble(p[1]),
                    GeneratorType.orDefault(p[2]));
        });
    }

    static double scalar(Object o) {
        if (o instanceof Tensor t) {
            return ((Number) (t.item() instanceof Boolean b ? (b ? 1 : 0) : t.item())).doubleValue();
        }
        return Ops.toDouble(o);
    }

    static Tensor tensor(Object o) {
        Object v = TorchArgs.operand(o);
        if (v == null) {
            throw KindlingError.typeError("expected Tensor as argument, but got " + Ops.typeName(o));
        }
        return Torch.asTensor(v);
    }

    private static Object operand(Object o, String method) {
        Object v = TorchArgs.operand(o);
        if (v == null) {
            throw KindlingError.typeError(method + "(): argument 'other' (position 1) must be Tensor, not "
                    + Ops.typeName(o));
        }
        return v;
    }

    private static void arithmetic() {
        method("add", (s, a, k) -> {
            Object[] p = Args.bind("add", a, k, "other", "*", "alpha=");
            return p[1] == null ? s.add(operand(p[0], "add")) : s.add(operand(p[0], "add"), Ops.toDouble(p[1]));
        });
        method("add_", (s, a, k) -> {
            Object[] p = Args.bind("add_", a, k, "other", "*", "alpha=");
            return p[1] == null ? s.add_(operand(p[0], "add_")) : s.add_(operand(p[0], "add_"), Ops.toDouble(p[1]));
        });
        method("sub", (s, a, k) -> {
            Object[] p = Args.bind("sub", a, k, "other", "*", "alpha=");
            return p[1] == null ? s.sub(operand(p[0], "sub")) : s.add(operand(p[0], "sub"), -Ops.toDouble(p[1]));
        });
        method("sub_", (s, a, k) -> {
            Object[] p = Args.bind("sub_", a, k, "other", "*", "alpha=");
            return p[1] == null ? s.sub_(operand(p[0], "sub_")) : s.add_(operand(p[0], "sub_"), -Ops.toDouble(p[1]));
        });
        method("mul", (s, a, k) -> s.mul(operand(a[0], "mul")));
        method("mul_", (s, a, k) -> s.mul_(operand(a[0], "mul_")));
        method("div", (s, a, k) -> s.div(operand(a[0], "div")));
        method("div_", (s, a, k) -> s.div_(operand(a[0], "div_")));
        method("pow", (s, a, k) -> s.pow(operand(a[0], "pow")));
        method("pow_", (s, a, k) -> s.pow_(operand(a[0], "pow_")));
        method("floor_divide", (s, a, k) -> s.floorDivide(operand(a[0], "floor_divide")));
        method("remainder", (s, a, k) -> s.remainder(operand(a[0], "remainder")));
        method("neg", (s, a, k) -> s.neg());
        method("matmul", (s, a, k) -> s.matmul(tensor(a[0])));
        method("mm", (s, a, k) -> s.mm(tensor(a[0])));
        method("dot", (s, a, k) -> s.dot(tensor(a[0])));
        method("maximum", (s, a, k) -> s.maximum(tensor(a[0])));
        method("minimum", (s, a, k) -> s.minimum(tensor(a[0])));
        for (String op : new String[] {"eq", "ne", "lt", "le", "gt", "ge"}) {
            method(op, (s, a, k) -> compare(s, op, operand(a[0], op)));
        }
        method("logical_and", (s, a, k) -> s.logicalAnd(tensor(a[0])));
        method("logical_or", (s, a, k) -> s.logicalOr(tensor(a[0])));
        method("logical_not", (s, a, k) -> s.logicalNot());
        for (String op : new String[] {"abs", "sqrt", "exp", "log", "log1p", "sin", "cos", "tanh", "sigmoid", "relu",
            "floor", "ceil", "trunc", "sign", "reciprocal"}) {
            method(op, (s, a, k) -> unary(s, op));
        }
        method("round", (s, a, k) -> {
            Object[] p = Args.bind("round", a, k, "*", "decimals=");
            return p[0] == null ? s.round() : s.round((int) Ops.toLong(p[0]));
        });
        method("clamp", TensorMethods::clamp);
        method("clip", TensorMethods::clamp);
        method("clamp_", (s, a, k) -> {
            Object[] p = Args.bind("clamp_", a, k, "min=", "max=");
            return s.clamp_(TorchArgs.optionalDouble(p[0]), TorchArgs.optionalDouble(p[1]));
        });
    }

    static Object clamp(Tensor s, Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind("clamp", a, k, "min=", "max=");
        return s.clamp(TorchArgs.optionalDouble(p[0]), TorchArgs.optionalDouble(p[1]));
    }

    static Tensor compare(Tensor s, String op, Object other) {
        switch (op) {
            case "eq": return s.eq(other);
            case "ne": return s.ne(other);
            case "lt": return s.lt(other);
            case "le": return s.le(other);
            case "gt": return s.gt(other);
            default: return s.ge(other);
        }
    }

    static Tensor unary(Tensor s, String op) {
        switch (op) {
            case "abs": return s.abs();
            case "sqrt": return s.sqrt();
            case "exp": return s.exp();
            case "log": return s.log();
            case "log1p": return s.log1p();
            case "sin": return s.sin();
            case "cos": return s.cos();
            case "tanh": return s.tanh();
            case "sigmoid": return s.sigmoid();
            case "relu": return s.relu();
            case "floor": return s.floor();
            case "ceil": return s.ceil();
            case "trunc": return s.trunc();
            case "reciprocal": return s.reciprocal();
            default: return s.sign();
        }
    }

    private static void reductions() {
        method("sum", (s, a, k) -> {
            Object[] p = Args.bind("sum", a, k, "dim=", "keepdim=", "*", "dtype=");
            int[] dims = TorchArgs.dims(p[0]);
            Tensor r = dims == null ? s.sum() : s.sum(dims, TorchArgs.bool(p[1], false));
            return p[2] == null ? r : r.to(TorchArgs.dtype(p[2]));
        });
        method("mean", (s, a, k) -> {
            Object[] p = Args.bind("mean", a, k, "dim=", "keepdim=", "*", "dtype=");
            int[] dims = TorchArgs.dims(p[0]);
            Tensor src = p[2] == null ? s : s.to(TorchArgs.dtype(p[2]));
            return dims == null ? src.mean() : src.mean(dims, TorchArgs.bool(p[1], false));
        });
        method("prod", (s, a, k) -> {
            Object[] p = Args.bind("prod", a, k, "dim=", "keepdim=");
            return p[0] == null ? s.prod() : s.prod(TorchArgs.dim(p[0]), TorchArgs.bool(p[1], false));
        });
        method("max", (s, a, k) -> extreme(s, a, k, true));
        method("min", (s, a, k) -> extreme(s, a, k, false));
        method("argmax", (s, a, k) -> argExtreme(s, a, k, true));
        method("argmin", (s, a, k) -> argExtreme(s, a, k, false));
        method("std", (s, a, k) -> spread("std", s, a, k));
        method("var", (s, a, k) -> spread("var", s, a, k));
        method("norm", (s, a, k) -> {
            Object[] p = Args.bind("norm", a, k, "p=", "dim=", "keepdim=");
            int[] dims = TorchArgs.dims(p[1]);
            double order = p[0] == null || p[0] == PyNone.NONE ? 2 : Ops.toDouble(p[0]);
            if (order == 2) {
                return dims == null ? s.norm() : s.mul(s).sum(dims, TorchArgs.bool(p[2], false)).correctlyRoundedSqrt();
            }
            if (order == 1) {
                return dims == null ? s.abs().sum() : s.abs().sum(dims, TorchArgs.bool(p[2], false));
            }
            Tensor powered = s.abs().pow(order);
            Tensor summed = dims == null ? powered.sum() : powered.sum(dims, TorchArgs.bool(p[2], false));
            return summed.pow(1.0 / order);
        });
        method("softmax", (s, a, k) -> s.softmax(TorchArgs.dim(Args.bind("softmax", a, k, "dim")[0])));
        method("log_softmax", (s, a, k) -> s.logSoftmax(TorchArgs.dim(Args.bind("log_softmax", a, k, "dim")[0])));
        method("cumsum", (s, a, k) -> s.cumsum(TorchArgs.dim(Args.bind("cumsum", a, k, "dim")[0])));
        method("any", (s, a, k) -> s.any());
        method("all", (s, a, k) -> s.all());
        method("sort", (s, a, k) -> {
            Object[] p = Args.bind("sort", a, k, "dim=", "descending=");
            return s.sort(p[0] == null ? -1 : TorchArgs.dim(p[0]), TorchArgs.bool(p[1], false));
        });
        method("argsort", (s, a, k) -> {
            Object[] p = Args.bind("argsort", a, k, "dim=", "descending=");
            return s.sort(p[0] == null ? -1 : TorchArgs.dim(p[0]), TorchArgs.bool(p[1], false)).indices();
        });
        method("topk", (s, a, k) -> {
            Object[] p = Args.bind("topk", a, k, "k", "dim=", "largest=", "sorted=");
            return s.topk((int) Ops.toLong(p[0]), p[1] == null ? -1 : TorchArgs.dim(p[1]), TorchArgs.bool(p[2], true));
        });
    }

    static Object extreme(Tensor s, Object[] a, Map<String, Object> k, boolean max) {
        Object[] p = Args.bind(max ? "max" : "min", a, k, "dim=", "keepdim=");
        if (p[0] instanceof Tensor other) {
            return max ? s.maximum(other) : s.minimum(other);
        }
        if (p[0] == null || p[0] == PyNone.NONE) {
            return max ? s.max() : s.min();
        }
        int dim = TorchArgs.dim(p[0]);
        boolean keep = TorchArgs.bool(p[1], false);
        return max ? s.max(dim, keep) : s.min(dim, keep);
    }

    static Object argExtreme(Tensor s, Object[] a, Map<String, Object> k, boolean max) {
        Object[] p = Args.bind(max ? "argmax" : "argmin", a, k, "dim=", "keepdim=");
        boolean keep = TorchArgs.bool(p[1], false);
        if (p[0] == null || p[0] == PyNone.NONE) {
            return max ? s.argmax() : s.argmin();
        }
        return max ? s.argmax(TorchArgs.dim(p[0]), keep) : s.argmin(TorchArgs.dim(p[0]), keep);
    }

    /** {@code t.var(...)} or {@code t.std(...)}: the same arguments. */
    static Tensor spread(String name, Tensor s, Object[] a, Map<String, Object> k) {
        Object[] p = Args.bind(name, a, k, "dim=", "unbiased=", "keepdim=", "*", "correction=");
        boolean unbiased = p[3] != null ? Ops.toLong(p[3]) != 0 : TorchArgs.bool(p[1], true);
        int[] dims = TorchArgs.dims(p[0]);
        boolean keepdim = TorchArgs.bool(p[2], false);
        return name.equals("std") ? s.std(dims, unbiased, keepdim) : s.var(dims, unbiased, keepdim);
    }

    private static void shapes() {
        method("view", (s, a, k) -> {
            if (a.length == 1 && a[0] instanceof DType d) {
                return s.to(d);
            }
            return s.view(TorchArgs.viewShape(a, "view", s.numel()));
        });
        method("reshape", (s, a, k) -> s.reshape(TorchArgs.viewShape(a, "reshape", s.numel())));
        method("view_as", (s, a, k) -> s.view(((Tensor) a[0]).shape().toArray()));
        method("reshape_as", (s, a, k) -> s.reshape(((Tensor) a[0]).shape().toArray()));
        method("expand_as", (s, a, k) -> s.expand(((Tensor) a[0]).shape().toArray()));
        method("flatten", (s, a, k) -> {
            Object[] p = Args.bind("flatten", a, k, "start_dim=", "end_dim=");
            return s.flatten(p[0] == null ? 0 : TorchArgs.dim(p[0]), p[1] == null ? -1 : TorchArgs.dim(p[1]));
        });
        method("squeeze", (s, a, k) -> {
            Object[] p = Args.bind("squeeze", a, k, "dim=");
            return p[0] == null || p[0] == PyNone.NONE ? s.squeeze() : s.squeeze(TorchArgs.dim(p[0]));
        });
        method("unsqueeze", (s, a, k) -> s.unsqueeze(TorchArgs.dim(Args.bind("unsqueeze", a, k, "dim")[0])));
        method("transpose", (s, a, k) -> {
            Object[] p = Args.bind("transpose", a, k, "dim0", "dim1");
            return s.transpose(TorchArgs.dim(p[0]), TorchArgs.dim(p[1]));
        });
        method("t", (s, a, k) -> s.t());
        method("permute", (s, a, k) -> s.permute(TorchArgs.shape(a, 0, "permute")));
        method("expand", (s, a, k) -> s.expand(TorchArgs.shape(a, 0, "expand")));
        method("repeat", (s, a, k) -> s.repeat(TorchArgs.shape(a, 0, "repeat")));
        method("flip", (s, a, k) -> s.flip(k != null && k.containsKey("dims") ? TorchArgs.ints(k.get("dims"), "flip")
                : TorchArgs.shape(a, 0, "flip")));
        method("split", (s, a, k) -> {
            Object[] p = Args.bind("split", a, k, "split_size", "dim=");
            return TensorType.tuple(s.split((int) Ops.toLong(p[0]), p[1] == null ? 0 : TorchArgs.dim(p[1])));
        });
        method("chunk", (s, a, k) -> {
            Object[] p = Args.bind("chunk", a, k, "chunks", "dim=");
            return TensorType.tuple(s.chunk((int) Ops.toLong(p[0]), p[1] == null ? 0 : TorchArgs.dim(p[1])));
        });
        method("type_as", (s, a, k) -> s.to(((Tensor) a[0]).dtype()));
        method("new_zeros", (s, a, k) -> Torch.full(TorchArgs.shape(a, 0, "new_zeros"), 0, s.dtype()));
        method("new_ones", (s, a, k) -> Torch.full(TorchArgs.shape(a, 0, "new_ones"), 1, s.dtype()));
        method("new_tensor", (s, a, k) -> Torch.tensor(TorchArgs.data(a[0]), s.dtype()));
    }

}
