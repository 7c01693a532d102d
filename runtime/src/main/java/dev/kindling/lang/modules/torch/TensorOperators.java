package dev.kindling.lang.modules.torch;

import java.util.function.BinaryOperator;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/** Python's operators on tensors: arithmetic (and reflected and in-place forms), comparisons, subscripts, conversions. */
final class TensorOperators {
    private TensorOperators() {}

    static void install() {
        binary("add", Tensor::add, (s, o) -> o.add(s));
        binary("sub", Tensor::sub, (s, o) -> o.sub(s));
        binary("mul", Tensor::mul, (s, o) -> o.mul(s));
        binary("truediv", Tensor::div, (s, o) -> s.reciprocal().mul(o));
        binary("floordiv", Tensor::floorDivide, (s, o) -> o.floorDivide(s));
        binary("mod", Tensor::remainder, (s, o) -> o.remainder(s));
        binary("pow", Tensor::pow, (s, o) -> o.pow(s));
        binary("and", Tensor::bitwiseAnd, (s, o) -> o.bitwiseAnd(s));
        binary("or", Tensor::bitwiseOr, (s, o) -> o.bitwiseOr(s));
        binary("xor", Tensor::bitwiseXor, (s, o) -> o.bitwiseXor(s));
        TensorType.method("__matmul__", (s, a, k) -> a[0] instanceof Tensor t ? s.matmul(t) : PyNone.NOT_IMPLEMENTED);
        TensorType.method("__rmatmul__", (s, a, k) -> a[0] instanceof Tensor t ? t.matmul(s) : PyNone.NOT_IMPLEMENTED);
        inPlace("iadd", Tensor::add_);
        inPlace("isub", Tensor::sub_);
        inPlace("imul", Tensor::mul_);
        inPlace("itruediv", Tensor::div_);
        compare("eq", Tensor::eq);
        compare("ne", Tensor::ne);
        compare("lt", Tensor::lt);
        compare("le", Tensor::le);
        compare("gt", Tensor::gt);
        compare("ge", Tensor::ge);
        TensorType.method("__neg__", (s, a, k) -> s.neg());
        TensorType.method("__pos__", (s, a, k) -> s);
        TensorType.method("__abs__", (s, a, k) -> s.abs());
        TensorType.method("__invert__", (s, a, k) -> s.bitwiseNot());
        TensorType.method("__getitem__", (s, a, k) -> s.get(TorchArgs.index(a[0])));
        TensorType.method("__setitem__", (s, a, k) -> {
            Object v = TorchArgs.operand(a[1]);
            if (v == null) {
                throw KindlingError.typeError("can't assign a " + Ops.typeName(a[1]) + " to a " + s.typeDescription());
            }
            s.set(TorchArgs.index(a[0]), v instanceof Tensor t ? t : Torch.scalar(Torch.asTensor(v).at(0), s.dtype()));
            return PyNone.NONE;
        });
        TensorType.method("__len__", (s, a, k) -> {
            if (s.dim() == 0) {
                throw KindlingError.typeError("len() of a 0-d tensor");
            }
            return (long) s.size(0);
        });
        TensorType.method("__iter__", (s, a, k) -> TensorType.iterator(s));
        TensorType.method("__bool__", (s, a, k) -> {
            if (s.numel() != 1) {
                throw KindlingError.runtimeError("Boolean value of Tensor with " + (s.numel() == 0 ? "no values"
                        : "more than one value") + " is ambiguous");
            }
            return s.at(0) != 0;
        });
        TensorType.method("__float__", (s, a, k) -> scalar(s).doubleValue());
        TensorType.method("__int__", (s, a, k) -> (long) scalar(s).doubleValue());
        TensorType.method("__index__", (s, a, k) -> {
            if (s.dtype().isFloatingPoint() || s.numel() != 1) {
                throw KindlingError.typeError("only integer tensors of a single element can be converted to an index");
            }
            return (long) s.at(0);
        });
        TensorType.method("__round__", (s, a, k) -> a.length == 0 || a[0] == PyNone.NONE ? s.round()
                : s.round((int) Ops.toLong(a[0])));
        TensorType.method("__repr__", (s, a, k) -> TensorType.repr(s));
        TensorType.method("__format__", (s, a, k) -> TensorType.format(s, (String) a[0]));
        TensorType.method("__hash__", (s, a, k) -> (long) System.identityHashCode(s));
        TensorType.method("__contains__", (s, a, k) -> s.eq(Torch.asTensor(TorchArgs.operand(a[0]))).any().at(0) != 0);
    }

    private static Number scalar(Tensor s) {
        if (s.numel() != 1) {
            throw KindlingError.valueError("only one element tensors can be converted to Python scalars");
        }
        Object v = s.item();
        return v instanceof Boolean b ? (b ? 1 : 0) : (Number) v;
    }

    private static void binary(String stem, BinaryOperator<Tensor> forward,
            BinaryOperator<Tensor> reflected) {
        TensorType.method("__" + stem + "__", (s, a, k) -> {
            Object o = TorchArgs.operand(a[0]);
            return o == null ? PyNone.NOT_IMPLEMENTED : forward.apply(s, Torch.asTensor(o));
        });
        TensorType.method("__r" + stem + "__", (s, a, k) -> {
            Object o = TorchArgs.operand(a[0]);
            return o == null ? PyNone.NOT_IMPLEMENTED : reflected.apply(s, Torch.asTensor(o));
        });
    }

    private static void inPlace(String stem, BinaryOperator<Tensor> op) {
        TensorType.method("__" + stem + "__", (s, a, k) -> {
            Object o = TorchArgs.operand(a[0]);
            return o == null ? PyNone.NOT_IMPLEMENTED : op.apply(s, Torch.asTensor(o));
        });
    }

    private static void compare(String stem, BinaryOperator<Tensor> op) {
        TensorType.method("__" + stem + "__", (s, a, k) -> {
            Object o = TorchArgs.operand(a[0]);
            if (o == null) {
                return stem.equals("eq") ? Boolean.FALSE : stem.equals("ne") ? Boolean.TRUE : PyNone.NOT_IMPLEMENTED;
            }
            return op.apply(s, Torch.asTensor(o));
        });
    }

}
