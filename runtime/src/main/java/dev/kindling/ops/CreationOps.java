package dev.kindling.ops;

import static dev.kindling.ops.FactoryOptions.LIKE_OPTIONS;
import static dev.kindling.ops.FactoryOptions.OPTIONS;
import static dev.kindling.ops.FactoryOptions.dtype;
import static dev.kindling.ops.FactoryOptions.finish;
import static dev.kindling.ops.Variant.FUNCTION;
import static dev.kindling.ops.Variant.METHOD;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.Warnings;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Device;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/** Factories: tensors from data, filled tensors and ranges: tensor, as_tensor, zeros, ones, full, their _like and new_ forms, arange, linspace, eye. */
final class CreationOps {
    private CreationOps() {}

    static void declare(OpRegistry r) {
        fromData(r);
        filled(r);
        like(r);
        ranges(r);
    }

    /**
     * Tensors from Python data. The binder hands {@code data} over as a tensor or as nested Java
     * lists of numbers (the interpreter's converter), never as a Python object.
     */
    private static void fromData(OpRegistry r) {
        r.op("tensor(Any data, *, ScalarType? dtype=None, Device? device=None, bool pin_memory=False, "
                + "bool requires_grad=False) -> Tensor", a -> finish(copied(a, null, "torch.tensor"), a))
                .variants(FUNCTION).doc("A new tensor holding a copy of data: a number, a (nested) list or a tensor. "
                        + "Floats give float32, ints give int64, unless dtype says otherwise; requires_grad=True makes "
                        + "autograd track it (it becomes a leaf with .grad).", "torch.tensor([[1, 2], [3, 4]])");
        r.op("as_tensor(Any data, *, ScalarType? dtype=None, Device? device=None) -> Tensor", a -> {
            Object data = a.get("data");
            Tensor t = data instanceof Tensor given ? (a.isNone("dtype") ? given : given.to(a.dtype("dtype")))
                    : Torch.tensor(data, a.isNone("dtype") ? null : a.dtype("dtype"));
            return a.isNone("device") ? t : t.to(a.device("device"));
        }).variants(FUNCTION).doc("data as a tensor: a tensor of the asked dtype is returned as it is, not copied.",
                "torch.as_tensor([1, 2], dtype=torch.float64)");
        r.op("new_tensor(Tensor self, Any data, *, ScalarType? dtype=None, Device? device=None, "
                + "bool requires_grad=False) -> Tensor",
                a -> finish(copied(a, a.self().dtype(), "tensor.new_tensor"), a))
                .variants(METHOD).doc("A new tensor holding a copy of data, of self's dtype unless given.",
                        "torch.zeros(2, dtype=torch.float64).new_tensor([1, 2])");
    }

    /** A copy of the call's data, with PyTorch's advice when the data is itself a tensor. */
    private static Tensor copied(OpArgs a, DType fallback, String function) {
        Object data = a.get("data");
        if (data instanceof Tensor) {
            Warnings.warn(ErrorType.USER_WARNING, "To copy construct from a tensor, it is recommended to use "
                    + "sourceTensor.detach().clone() or sourceTensor.detach().clone().requires_grad_(True), rather "
                    + "than " + function + "(sourceTensor).");
        }
        return Torch.tensor(data, dtype(a, fallback));
    }

    private static void filled(OpRegistry r) {
        r.op("zeros(int[] size, *, " + OPTIONS + ") -> Tensor", a -> {
            for (int d : a.shape("size")) {
                if (d < 0) {
                    throw KindlingError.runtimeError("zeros: Dimension size must be non-negative.");
                }
            }
            return finish(Torch.full(a.shape("size"), 0, dtype(a, DType.FLOAT32)), a);
        }).variants(FUNCTION).doc("A tensor of zeros.", "torch.zeros(2, 3)");
        r.op("ones(int[] size, *, " + OPTIONS + ") -> Tensor",
                a -> finish(Torch.full(a.shape("size"), 1, dtype(a, DType.FLOAT32)), a))
                .variants(FUNCTION).doc("A tensor of ones.", "torch.ones(2, 3)");
        r.op("empty(int[] size, *, " + OPTIONS + ") -> Tensor",
                a -> finish(Torch.full(a.shape("size"), 0, dtype(a, DType.FLOAT32)), a))
                .variants(FUNCTION).doc("A tensor to be filled (Kindling zeroes it).", "torch.empty(2)");
        r.op("full(int[] size, Scalar fill_value, *, " + OPTIONS + ") -> Tensor", a -> {
            Object fill = a.number("fill_value");
            DType inferred = fill instanceof Boolean ? DType.BOOL : fill instanceof Long ? DType.INT64 : DType.FLOAT32;
            return finish(Torch.full(a.shape("size"), a.scalar("fill_value"), dtype(a, inferred)), a);
        }).variants(FUNCTION).doc("A tensor filled with one value (its dtype from the value).", "torch.full((2, 2), 7.)");
        r.op("new_zeros(Tensor self, int[] size, *, " + OPTIONS + ") -> Tensor",
                a -> finish(Torch.full(a.shape("size"), 0, dtype(a, a.self().dtype())), a))
                .variants(METHOD).doc("Zeros of self's dtype.", "torch.tensor([1, 2]).new_zeros(3)");
        r.op("new_empty(Tensor self, int[] size, *, " + OPTIONS + ") -> Tensor",
                a -> finish(Torch.full(a.shape("size"), 0, dtype(a, a.self().dtype())), a))
                .variants(METHOD).doc("A tensor of self's dtype to be filled (Kindling zeroes it).",
                        "torch.tensor([1, 2]).new_empty(3).shape");
        r.op("new_full(Tensor self, int[] size, Scalar fill_value, *, " + OPTIONS + ") -> Tensor",
                a -> finish(Torch.full(a.shape("size"), a.scalar("fill_value"), dtype(a, a.self().dtype())), a))
                .variants(METHOD).doc("A tensor of self's dtype filled with one value.",
                        "torch.tensor([1., 2.]).new_full((2, 2), 7)");
        r.op("new_ones(Tensor self, int[] size, *, " + OPTIONS + ") -> Tensor",
                a -> finish(Torch.full(a.shape("size"), 1, dtype(a, a.self().dtype())), a))
                .variants(METHOD).doc("Ones of self's dtype.", "torch.tensor([1, 2]).new_ones(3)");
    }

    private static void like(OpRegistry r) {
        fillLike(r, "zeros_like", 0, "Zeros of input's shape and dtype.");
        fillLike(r, "ones_like", 1, "Ones of input's shape and dtype.");
        fillLike(r, "empty_like", 0, "A tensor of input's shape and dtype to be filled (Kindling zeroes it).");
        r.op("full_like(Tensor self, Scalar fill_value, *, " + LIKE_OPTIONS + ") -> Tensor",
                a -> finish(Torch.full(a.self().shape().toArray(), a.scalar("fill_value"), dtype(a, a.self().dtype())), a))
                .variants(FUNCTION).doc("input's shape and dtype filled with a value.", "torch.full_like(torch.zeros(2), 5)");
    }

    private static void fillLike(OpRegistry r, String name, double value, String doc) {
        r.op(name + "(Tensor self, *, " + LIKE_OPTIONS + ") -> Tensor",
                a -> finish(Torch.full(a.self().shape().toArray(), value, dtype(a, a.self().dtype())), a))
                .variants(FUNCTION).doc(doc, "torch." + name + "(torch.tensor([1., 2.]))");
    }

    private static void ranges(OpRegistry r) {
        r.op("arange(Scalar end, *, " + OPTIONS + ") -> Tensor", a -> arange(a, 0L, a.number("end"), 1L))
                .overload("arange(Scalar start, Scalar end, *, " + OPTIONS + ") -> Tensor",
                        a -> arange(a, a.number("start"), a.number("end"), 1L))
                .overload("arange(Scalar start, Scalar end, Scalar step=1, *, " + OPTIONS + ") -> Tensor",
                        a -> arange(a, a.number("start"), a.number("end"), a.number("step")))
                .variants(FUNCTION).doc("start, start + step, ... up to end (excluded).", "torch.arange(0, 1, 0.25)");
        r.op("linspace(Scalar start, Scalar end, int steps, *, " + OPTIONS + ") -> Tensor",
                a -> finish(Torch.linspace(a.scalar("start"), a.scalar("end"), a.index("steps"),
                        dtype(a, DType.FLOAT32)), a))
                .variants(FUNCTION).doc("steps evenly spaced values from start to end.", "torch.linspace(0, 1, 5)");
        r.op("logspace(Scalar start, Scalar end, int steps, float base=10.0, *, " + OPTIONS + ") -> Tensor",
                a -> finish(logspace(a.scalar("start"), a.scalar("end"), a.integer("steps"), a.scalar("base"),
                        dtype(a, DType.FLOAT32)), a))
                .variants(FUNCTION).doc("steps values from base ** start to base ** end, evenly spaced in the exponent.",
                        "torch.logspace(0, 2, 3)");
        r.op("eye(int n, *, " + OPTIONS + ") -> Tensor",
                a -> finish(Torch.eye(a.index("n"), a.index("n"), dtype(a, DType.FLOAT32)), a))
                .overload("eye(int n, int m, *, " + OPTIONS + ") -> Tensor",
                        a -> finish(Torch.eye(a.index("n"), a.index("m"), dtype(a, DType.FLOAT32)), a))
                .variants(FUNCTION).doc("An identity matrix.", "torch.eye(3)");
    }

    /**
     * base ** e for steps exponents e evenly spaced from start to end, as ATen's CPU kernel
     * computes them: start and end first in the result's dtype, the exponents in double, from
     * the start for the first half and from the end for the rest, each power then rounded to the dtype.
     */
    private static Tensor logspace(double start, double end, long steps, double base, DType dtype) {
        if (steps < 0) {
            throw KindlingError.runtimeError("number of steps must be non-negative");
        }
        double first = dtype.cast(start);
        double last = dtype.cast(end);
        double[] values = new double[RequestedShape.forAllocation(new long[] {steps})[0]];
        double step = dtype.cast(last - first) / (steps - 1);
        long halfway = steps / 2;
        for (int i = 0; i < values.length; i++) {
            double exponent = steps == 1 ? start : i < halfway ? first + step * i : last - step * (steps - i - 1);
            values[i] = Math.pow(base, exponent);
        }
        return Torch.tensor(values, dtype);
    }

    private static Tensor arange(OpArgs a, Object start, Object end, Object step) {
        boolean integral = isIntegral(start) && isIntegral(end) && isIntegral(step);
        DType d = dtype(a, integral ? DType.INT64 : DType.FLOAT32);
        return finish(Torch.arange(value(start), value(end), value(step), d), a);
    }

    private static boolean isIntegral(Object n) {
        return n instanceof Long || n instanceof Boolean;
    }

    private static double value(Object n) {
        return n instanceof Boolean b ? (b ? 1 : 0) : ((Number) n).doubleValue();
    }
}
