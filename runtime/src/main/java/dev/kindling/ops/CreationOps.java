package dev.kindling.ops;

import static dev.kindling.ops.FactoryOptions.LIKE_OPTIONS;
import static dev.kindling.ops.FactoryOptions.OPTIONS;
import static dev.kindling.ops.FactoryOptions.dtype;
import static dev.kindling.ops.FactoryOptions.finish;
import static dev.kindling.ops.Variant.FUNCTION;
import static dev.kindling.ops.Variant.METHOD;

import dev.kindling.errors.KindlingError;
import dev.kindling.tensor.DType;
import dev.kindling.tensor.Tensor;
import dev.kindling.tensor.Torch;

/** Factories of filled tensors and ranges: zeros, ones, full, their _like and new_ forms, arange, linspace, eye. */
final class CreationOps {
    private CreationOps() {}

    static void declare(OpRegistry r) {
        filled(r);
        like(r);
        ranges(r);
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
        r.op("eye(int n, *, " + OPTIONS + ") -> Tensor",
                a -> finish(Torch.eye(a.index("n"), a.index("n"), dtype(a, DType.FLOAT32)), a))
                .overload("eye(int n, int m, *, " + OPTIONS + ") -> Tensor",
                        a -> finish(Torch.eye(a.index("n"), a.index("m"), dtype(a, DType.FLOAT32)), a))
                .variants(FUNCTION).doc("An identity matrix.", "torch.eye(3)");
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
