package dev.kindling.tensor;

import dev.kindling.errors.KindlingError;

/** isnan, isinf, isfinite and isclose: bool results, element by element, outside autograd. */
final class ValueTests {
    private ValueTests() {}

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
}
