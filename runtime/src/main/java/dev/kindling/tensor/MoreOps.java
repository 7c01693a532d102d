package dev.kindling.tensor;

import dev.kindling.errors.KindlingError;

/**
 * Ops added after the core set (value tests, closeness, masking, triangles, clamps, lerp,
 * addcmul/addcdiv), each with PyTorch's backward and grad_fn name. Where an op is a composition
 * of existing ops, the forward runs on detached inputs so that only the one node PyTorch records
 * (e.g. LerpBackward0) joins the graph, not the pieces.
 */
final class MoreOps {
    private MoreOps() {}

    // ---- value tests: bool results, no autograd ----

    static Tensor isnan(Tensor a) {
        return Pointwise.map1(a, DType.BOOL, v -> Double.isNaN(v) ? 1 : 0);
    }

    static Tensor isinf(Tensor a) {
        return Pointwise.map1(a, DType.BOOL, v -> Double.isInfinite(v) ? 1 : 0);
    }

    static Tensor isfinite(Tensor a) {
        return Pointwise.map1(a, DType.BOOL, v -> Double.isFinite(v) ? 1 : 0);
    }

    /** ATen's isclose: equal, or (both NaN when equalNan), or |a - b| <= atol + |rtol * b|, in the inputs' dtype. */
    static Tensor isclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        if (a.dtype != b.dtype) {
            throw KindlingError.runtimeError(Pointwise.typeWord(a.dtype) + " did not match "
                    + Pointwise.typeWord(b.dtype));
        }
        DType t = a.dtype.isFloatingPoint() ? a.dtype : DType.FLOAT64;
        return Pointwise.map2(a, b, t, DType.BOOL, (x, y) -> {
            if (x == y || equalNan && Double.isNaN(x) && Double.isNaN(y)) {
                return 1;
            }
            double allowed = t.cast(atol + Math.abs(t.cast(rtol * y)));
            double actual = t.cast(Math.abs(t.cast(x - y)));
            return Double.isFinite(actual) && actual <= allowed ? 1 : 0;
        });
    }

    // ---- rsqrt ----

    /** 1 / sqrt(x); float32 as ATen's vector kernel: a correctly rounded sqrt, then a rounded division. */
    static Tensor rsqrt(Tensor a) {
        DType t = a.dtype.isFloatingPoint() ? a.dtype : DType.DEFAULT_FLOAT;
        Tensor out = t == DType.FLOAT32 ? Pointwise.map1(a, t, v -> 1f / (float) Math.sqrt(v))
                : Pointwise.map1(a, t, v -> 1 / Math.sqrt(v));
        // d/dx x^-1/2 = -1/2 x^-3/2 = -1/2 out^3, PyTorch's formula
        return out.withGradFnSavingOutput("RsqrtBackward0", new Tensor[] {a},
                g -> new Tensor[] {g.mul(out.pow(3L)).mul(-0.5)});
    }

    // ---- masking ----

    /** out = mask ? value : self, broadcast; the gradient flows to self where the mask is false. */
    static Tensor maskedFill(Tensor self, Tensor mask, double value) {
        if (mask.dtype != DType.BOOL) {
            throw KindlingError.runtimeError("masked_fill_ only supports boolean masks, but got mask with dtype "
                    + scalarTypeName(mask.dtype));
        }
        // mask first, as ATen's expand_outplace(mask, self): its order shows in the size mismatch message
        int[] shape = Shapes.broadcast(mask.shape, self.shape);
        Tensor s = Reshapes.expandTo(self, shape);
        Tensor m = Reshapes.expandTo(mask, shape);
        double fill = self.dtype.cast(value);
        double[] out = Torch.allocate(shape, self.dtype);
        for (int i = 0; i < out.length; i++) {
            out[i] = m.data[i] != 0 ? fill : s.data[i];
        }
        return new Tensor(out, shape, self.dtype).withGradFn("MaskedFillBackward0", new Tensor[] {self},
                g -> new Tensor[] {Gradients.sumToShape(zeroWhere(g, mask), self.shape)}, false);
    }

    /** g with exact zeros (never -0.) where the mask is set, as grad.masked_fill(mask, 0). */
    private static Tensor zeroWhere(Tensor g, Tensor mask) {
        return Pointwise.map2(g, mask, g.dtype, g.dtype, (x, m) -> m != 0 ? 0 : x);
    }

    /** c10's scalar type names, as in PyTorch's dtype error messages. */
    static String scalarTypeName(DType t) {
        switch (t) {
            case FLOAT32: return "float";
            case FLOAT64: return "double";
            case INT64: return "long int";
            case INT32: return "int";
            default: return "bool";
        }
    }

    // ---- triangles ----

    /** Keeps elements on and below ({@code lower}) or on and above the {@code diagonal}-th diagonal of the last two dims. */
    static Tensor triangle(Tensor a, int diagonal, boolean lower) {
        String name = lower ? "tril" : "triu";
        if (a.shape.length < 2) {
            throw KindlingError.runtimeError(name + ": input tensor must have at least 2 dimensions");
        }
        Tensor out = keepTriangle(a, diagonal, lower);
        return out.withGradFn(lower ? "TrilBackward0" : "TriuBackward0", new Tensor[] {a},
                g -> new Tensor[] {keepTriangle(g, diagonal, lower)}, false);
    }

    private static Tensor keepTriangle(Tensor a, int diagonal, boolean lower) {
        int cols = a.shape[a.shape.length - 1];
        int rows = a.shape[a.shape.length - 2];
        double[] out = Torch.allocate(a.shape, a.dtype);
        for (int i = 0; i < out.length; i++) {
            int offset = i % cols - (i / cols) % rows;
            boolean keep = lower ? offset <= diagonal : offset >= diagonal;
            out[i] = keep ? a.data[i] : 0;
        }
        return new Tensor(out, a.shape.clone(), a.dtype);
    }

    // ---- one-sided clamps ----

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

    // ---- lerp, addcmul, addcdiv ----

    /** start + weight * (end - start) with a scalar weight (ATen's two-sided formula, exact at both ends). */
    static Tensor lerp(Tensor start, Tensor end, double weight) {
        if (start.dtype != end.dtype) {
            throw KindlingError.runtimeError("expected dtype " + scalarTypeName(start.dtype)
                    + " for `end` but got dtype " + scalarTypeName(end.dtype));
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
