package dev.kindling.tensor;

import dev.kindling.errors.KindlingError;

/**
 * Element-wise ops that PyTorch records as one node though Kindling composes them from others:
 * rsqrt, clamp_min/clamp_max, lerp, addcmul/addcdiv. The forward runs on detached inputs, so
 * only that node (RsqrtBackward0, LerpBackward0, ...) joins the graph, not the pieces.
 */
final class CompositePointwise {
    private CompositePointwise() {}

    /** 1 / sqrt(x); float32 as ATen's vector kernel: a correctly rounded sqrt, then a rounded division. */
    static Tensor rsqrt(Tensor a) {
        DType t = a.dtype.isFloatingPoint() ? a.dtype : DType.DEFAULT_FLOAT;
        Tensor out = t == DType.FLOAT32 ? Pointwise.map1(a, t, v -> 1f / (float) Math.sqrt(v))
                : Pointwise.map1(a, t, v -> 1 / Math.sqrt(v));
        // d/dx x^-1/2 = -1/2 x^-3/2 = -1/2 out^3, PyTorch's formula
        return out.withGradFnSavingOutput("RsqrtBackward0", new Tensor[] {a},
                g -> new Tensor[] {g.mul(out.pow(3L)).mul(-0.5)});
    }

    static Tensor clampMin(Tensor a, double min) {
        double lo = a.dtype.cast(min);
        Tensor out = Pointwise.map1(a, a.dtype, v -> Double.isNaN(v) ? v : Math.max(v, lo));
        return out.withGradFn("ClampMinBackward0", new Tensor[] {a},
                g -> new Tensor[] {g.mul(Pointwise.map1(a, g.dtype, v -> v >= lo ? 1 : 0))}, true);
    }

    static Tensor clampMax(Tensor a, double max) {
        double hi = a.dtype.cast(max);
        Tensor out = Pointwise.map1(a, a.dtype, v -> Double.isNaN(v) ? v : Math.min(v, hi));
        return out.withGradFn("ClampMaxBackward0", new Tensor[] {a},
                g -> new Tensor[] {g.mul(Pointwise.map1(a, g.dtype, v -> v <= hi ? 1 : 0))}, true);
    }

    /** start + weight * (end - start) with a scalar weight (ATen's two-sided formula, exact at both ends). */
    static Tensor lerp(Tensor start, Tensor end, double weight) {
        if (start.dtype != end.dtype) {
            throw KindlingError.runtimeError("expected dtype " + start.dtype.scalarTypeName()
                    + " for `end` but got dtype " + end.dtype.scalarTypeName());
        }
        DType t = start.dtype;
        Tensor out = Pointwise.map2(start, end, t, t, (s, e) -> Math.abs(weight) < 0.5
                ? s + t.cast(weight * t.cast(e - s)) : e - t.cast(t.cast(e - s) * t.cast(1 - weight)));
        return out.withGradFn("LerpBackward0", new Tensor[] {start, end}, g -> new Tensor[] {
            Gradients.sumToShape(g.mul(1 - weight), start.shape), Gradients.sumToShape(g.mul(weight), end.shape)},
            false);
    }

    /** input + value * t1 * t2 (or t1 / t2 when {@code divide}), recorded as one AddcmulBackward0/AddcdivBackward0. */
    static Tensor addcmul(Tensor input, Tensor t1, Tensor t2, double value, boolean divide) {
        Tensor x1 = t1.detach();
        Tensor x2 = t2.detach();
        Tensor product = divide ? x1.div(x2) : x1.mul(x2);
        Tensor out = input.detach().add(value == 1 ? product : product.mul(value));
        String name = divide ? "AddcdivBackward0" : "AddcmulBackward0";
        return out.withGradFn(name, new Tensor[] {input, t1, t2}, g -> {
            Tensor gv = value == 1 ? g : g.mul(value);
            Tensor g1 = divide ? gv.div(x2) : gv.mul(x2);
            Tensor g2 = divide ? gv.neg().mul(x1).div(x2.mul(x2)) : gv.mul(x1);
            return new Tensor[] {Gradients.sumToShape(g, input.shape), Gradients.sumToShape(g1, t1.shape),
                Gradients.sumToShape(g2, t2.shape)};
        }, true);
    }
}
