package dev.kindling.lang.modules.torch;

import java.util.Map;

import dev.kindling.bind.Binder;
import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.Repr;
import dev.kindling.tensor.Tensor;
import dev.kindling.ops.OpRegistry;
import dev.kindling.tensor.Torch;

/**
 * Python's operators on tensors. The arithmetic, bitwise and comparison operators are the ops
 * PyTorch's {@code Tensor} class binds to them ({@code __add__} is {@code add}, {@code __rsub__}
 * is {@code torch.rsub}, {@code __rpow__} is {@code torch.pow(other, self)}), parsed by the same
 * binder, and like PyTorch's they answer NotImplemented where parsing or the op raises a
 * TypeError, so Python goes on to the other operand's method. Subscripts and conversions follow.
 */
final class TensorOperators {
    private TensorOperators() {}

    static void install() {
        arithmetic();
        bitwise();
        comparisons();
        unary();
        protocol("__getitem__", 1, (s, a, k) -> s.get(TorchArgs.index(a[0])));
        protocol("__setitem__", 2, (s, a, k) -> {
            Object v = TorchArgs.operand(a[1]);
            if (v == null) {
                throw KindlingError.typeError("can't assign a " + Ops.typeName(a[1]) + " to a " + s.typeDescription());
            }
            s.set(TorchArgs.index(a[0]), v instanceof Tensor t ? t : Torch.scalar(Torch.asTensor(v).at(0), s.dtype()));
            return PyNone.NONE;
        });
        defined("__len__", (s, a, k) -> {
            if (s.dim() == 0) {
                throw KindlingError.typeError("len() of a 0-d tensor");
            }
            return (long) s.size(0);
        }, "self");
        defined("__iter__", (s, a, k) -> TensorType.iterator(s), "self");
        noArguments("__bool__", (s, a, k) -> {
            if (s.numel() != 1) {
                throw KindlingError.runtimeError("Boolean value of Tensor with " + (s.numel() == 0 ? "no values"
                        : "more than one value") + " is ambiguous");
            }
            return s.at(0) != 0;
        });
        noArguments("__float__", (s, a, k) -> scalar(s).doubleValue());
        noArguments("__int__", (s, a, k) -> (long) scalar(s).doubleValue());
        noArguments("__index__", (s, a, k) -> {
            if (s.dtype().isFloatingPoint() || s.numel() != 1) {
                throw KindlingError.typeError("only integer tensors of a single element can be converted to an index");
            }
            return (long) s.at(0);
        });
        TensorType.method("__round__", (s, a, k) -> a.length == 0 || a[0] == PyNone.NONE ? s.round()
                : s.round((int) Ops.toLong(a[0])));
        defined("__repr__", (s, a, k) -> TensorType.repr(s), "self", "*", "tensor_contents=");
        defined("__format__", (s, a, k) -> TensorType.format(s, formatSpec(a[0])), "self", "format_spec");
        defined("__hash__", (s, a, k) -> (long) System.identityHashCode(s), "self");
        defined("__contains__", (s, a, k) -> {
            if (!(a[0] instanceof Tensor || a[0] instanceof Double || a[0] instanceof Long || a[0] instanceof Boolean)) {
                throw KindlingError.runtimeError("Tensor.__contains__ only supports Tensor or scalar, but you passed in "
                        + "a " + Repr.repr(Ops.typeOf(a[0])) + ".");
            }
            return s.eq(Torch.asTensor(a[0])).any().at(0) != 0;
        }, "self", "element");
    }

    /**
     * A method PyTorch's Tensor class defines in Python ({@code def __len__(self)}): the call
     * bound as that def binds it, the body given the arguments after self.
     */
    private static void defined(String name, TensorType.Method body, String... parameters) {
        TensorType.TYPE.define(name, bound(name, (a, k) -> {
            Object[] p = Args.bindDef("Tensor." + name, a, k, parameters);
            if (!(p[0] instanceof Tensor self)) {
                throw KindlingError.typeError("descriptor '" + name + "' for 'torch._C.TensorBase' objects doesn't "
                        + "apply to a '" + Ops.typeName(p[0]) + "' object");
            }
            return body.call(self, java.util.Arrays.copyOfRange(p, 1, p.length), null);
        }));
    }

    /** A method PyTorch writes in C with no parameters ({@code __bool__}), with CPython's check. */
    private static void noArguments(String name, TensorType.Method body) {
        TensorType.method(name, (s, a, k) -> {
            Args.none("TensorBase." + name, a, k);
            return body.call(s, a, k);
        });
    }

    /** A slot wrapper ({@code __getitem__}, {@code __setitem__}) with CPython's check of its argument count. */
    private static void protocol(String name, int arity, TensorType.Method body) {
        TensorType.method(name, (s, a, k) -> {
            if ((k != null && !k.isEmpty()) || a.length != arity) {
                int given = a.length + (k == null ? 0 : k.size());
                throw KindlingError.typeError("expected " + arity + " argument" + (arity == 1 ? "" : "s") + ", got "
                        + given);
            }
            return body.call(s, a, k);
        });
    }

    private static String formatSpec(Object spec) {
        if (spec instanceof String s) {
            return s;
        }
        throw KindlingError.typeError("format() argument 2 must be str, not " + Ops.typeName(spec));
    }

    private static Number scalar(Tensor s) {
        if (s.numel() != 1) {
            throw KindlingError.valueError("only one element tensors can be converted to Python scalars");
        }
        Object v = s.item();
        return v instanceof Boolean b ? (b ? 1 : 0) : (Number) v;
    }

    private static void arithmetic() {
        BuiltinBody add = method("add");
        BuiltinBody mul = method("mul");
        operator("__add__", add);
        operator("__radd__", add);
        operator("__iadd__", method("add_"));
        operator("__sub__", method("sub"));
        operator("__rsub__", function("rsub"));
        operator("__isub__", method("sub_"));
        operator("__mul__", mul);
        operator("__rmul__", mul);
        operator("__imul__", method("mul_"));
        operator("__truediv__", method("div"));
        BuiltinBody reciprocal = method("reciprocal");
        operator("__rtruediv__", (a, k) -> a.length == 2
                ? mul.call(new Object[] {reciprocal.call(new Object[] {a[0]}, null), a[1]}, k) : mul.call(a, k));
        operator("__itruediv__", method("div_"));
        operator("__floordiv__", method("floor_divide"));
        operator("__rfloordiv__", swapped(function("floor_divide")));
        operator("__ifloordiv__", method("floor_divide_"));
        operator("__mod__", method("remainder"));
        operator("__imod__", method("remainder_"));
        operator("__rmod__", swapped(function("remainder")));
        operator("__pow__", method("pow"));
        operator("__rpow__", swapped(function("pow")));
        operator("__ipow__", method("pow_"));
        operator("__matmul__", method("matmul"));
        operator("__rmatmul__", swapped(function("matmul")));
    }

    private static void bitwise() {
        for (String stem : new String[] {"and", "or", "xor"}) {
            BuiltinBody op = method("bitwise_" + stem);
            operator("__" + stem + "__", op);
            operator("__r" + stem + "__", op);
            operator("__i" + stem + "__", method("bitwise_" + stem + "_"));
        }
    }

    private static void comparisons() {
        for (String stem : new String[] {"eq", "ne", "lt", "le", "gt", "ge"}) {
            operator("__" + stem + "__", method(stem));
        }
    }

    private static void unary() {
        TensorType.TYPE.define("__neg__", bound("__neg__", method("neg")));
        TensorType.TYPE.define("__pos__", bound("__pos__", method("positive")));
        TensorType.TYPE.define("__abs__", bound("__abs__", method("abs")));
        BuiltinBody not = method("bitwise_not");
        TensorType.method("__invert__", (s, a, k) -> {
            if (s.dtype().isFloatingPoint()) {
                throw KindlingError.typeError("~ (operator.invert) is only implemented on integer and Boolean-type "
                        + "tensors");
            }
            return not.call(new Object[] {s}, k);
        });
    }

    /** An operator answering NotImplemented where its op raises a TypeError, as PyTorch's do. */
    private static void operator(String name, BuiltinBody op) {
        TensorType.TYPE.define(name, bound(name, (a, k) -> {
            try {
                return op.call(a, k);
            } catch (KindlingError e) {
                if (e.type() == ErrorType.TYPE_ERROR) {
                    return PyNone.NOT_IMPLEMENTED;
                }
                throw e;
            }
        }));
    }

    private static PyBuiltin bound(String name, BuiltinBody body) {
        return new PyBuiltin(TensorType.TYPE.name() + "." + name, body);
    }

    /** The registry op as a Tensor method (receiver first). */
    private static BuiltinBody method(String op) {
        return Binder.method(OpRegistry.standard().find(op), Map.of());
    }

    /** The registry op as a torch function. */
    private static BuiltinBody function(String op) {
        return Binder.function(OpRegistry.standard().find(op), Map.of());
    }

    /** {@code torch.op(other, self)} for the reflected operator {@code other op self}. */
    private static BuiltinBody swapped(BuiltinBody op) {
        return (a, k) -> op.call(a.length == 2 ? new Object[] {a[1], a[0]} : a, k);
    }
}
