package dev.kindling.lang.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.RunGuard;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Arith;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.PyTuple;

/**
 * The part of CPython 3.11's {@code math} beyond {@link MathModule}'s classics: inverse hyperbolic
 * functions, float decomposition (frexp, ldexp, modf, fmod, remainder, nextafter, ulp), cbrt and
 * exp2, integer functions (comb, perm, isqrt, lcm) and dist, with CPython's errors. dist and hypot
 * sum exact squares and round once, so they agree with CPython's carefully rounded norms. cbrt is
 * Java's, correctly rounded; glibc's, which CPython calls, is sometimes one unit in the last place
 * off (its cbrt(27) is 3.0000000000000004).
 */
final class MathExtras {
    private static final MathContext WIDE = new MathContext(40);

    private MathExtras() {}

    static void install(PyModule m) {
        unary(m, "acosh", MathExtras::acosh);
        unary(m, "asinh", MathExtras::asinh);
        unary(m, "atanh", MathExtras::atanh);
        unary(m, "cbrt", Math::cbrt);
        unary(m, "exp2", x -> overflowChecked(Math.pow(2, x), x));
        unary(m, "ulp", x -> Double.isNaN(x) || Double.isInfinite(x) ? Math.abs(x) : Math.ulp(x));
        binary(m, "fmod", (x, y) -> {
            if (y == 0 && !Double.isNaN(x) || Double.isInfinite(x)) {
                throw domain();
            }
            return Double.isInfinite(y) && Double.isFinite(x) ? x : x % y;
        });
        binary(m, "remainder", (x, y) -> {
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Double.NaN;
            }
            if (y == 0 || Double.isInfinite(x)) {
                throw domain();
            }
            return Double.isInfinite(y) ? x : Math.IEEEremainder(x, y);
        });
        binary(m, "nextafter", Math::nextAfter);
        def(m, "frexp", (a, k) -> {
            Args.exactly("frexp", a, k, 1);
            return frexp(Ops.toDouble(a[0]));
        });
        def(m, "ldexp", (a, k) -> {
            Args.exactly("ldexp", a, k, 2);
            if (!Ops.isInt(a[1])) {
                throw KindlingError.typeError("Expected an int as second argument to ldexp.");
            }
            double x = Ops.toDouble(a[0]);
            long e = Math.max(-100_000, Math.min(100_000, Ops.toLong(a[1])));
            return overflowChecked(Math.scalb(x, (int) e), x);
        });
        def(m, "modf", (a, k) -> {
            Args.exactly("modf", a, k, 1);
            double x = Ops.toDouble(a[0]);
            if (Double.isInfinite(x)) {
                return PyTuple.of(Math.copySign(0.0, x), x);
            }
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(Math.copySign(x - whole, x), whole);
        });
        def(m, "isqrt", (a, k) -> {
            Args.exactly("isqrt", a, k, 1);
            BigInteger n = big(a[0]);
            if (n.signum() < 0) {
                throw KindlingError.valueError("isqrt() argument must be nonnegative");
            }
            return Arith.normalize(n.sqrt());
        });
        def(m, "lcm", (a, k) -> {
            BigInteger r = BigInteger.ONE;
            for (Object o : a) {
                BigInteger v = big(o).abs();
                r = v.signum() == 0 || r.signum() == 0 ? BigInteger.ZERO : r.divide(r.gcd(v)).multiply(v);
            }
            return Arith.normalize(r);
        });
        def(m, "comb", (a, k) -> {
            Args.exactly("comb", a, k, 2);
            BigInteger n = nonNegative(a[0], "n");
            BigInteger r = nonNegative(a[1], "k");
            if (r.compareTo(n) > 0) {
                return 0L;
            }
            r = r.min(n.subtract(r));
            return Arith.normalize(fallingFactorial(n, r.intValueExact()).divide(fallingFactorial(r, r.intValue())));
        });
        def(m, "perm", (a, k) -> {
            Args.range("perm", a, k, 1, 2);
            BigInteger n = nonNegative(a[0], "n");
            BigInteger r = a.length == 1 || a[1] == PyNone.NONE ? n : nonNegative(a[1], "k");
            return r.compareTo(n) > 0 ? (Object) 0L : Arith.normalize(fallingFactorial(n, r.intValueExact()));
        });
        def(m, "dist", (a, k) -> {
            Args.exactly("dist", a, k, 2);
            List<Object> p = Ops.toList(a[0]);
            List<Object> q = Ops.toList(a[1]);
            if (p.size() != q.size()) {
                throw KindlingError.valueError("both points must have the same number of dimensions");
            }
            double[] d = new double[p.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = Ops.toDouble(p.get(i)) - Ops.toDouble(q.get(i));
            }
            return norm(d);
        });
        def(m, "hypot", (a, k) -> {
            double[] d = new double[a.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = Ops.toDouble(a[i]);
            }
            return norm(d);
        });
    }

    /** The Euclidean norm, from the exact sum of squares rounded once. */
    private static double norm(double[] d) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : d) {
            if (Double.isInfinite(v)) {
                return Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            BigDecimal b = new BigDecimal(v);
            sum = sum.add(b.multiply(b));
        }
        return sum.sqrt(WIDE).doubleValue();
    }

    private static double acosh(double x) {
        if (x < 1) {
            throw domain();
        }
        if (x > 2) {
            return x > 1e8 ? Math.log(x) + Math.log(2) : Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    private static double asinh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double r;
        if (ax > 1e8) {
            r = Math.log(ax) + Math.log(2);
        } else if (ax > 2) {
            r = Math.log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
        } else {
            r = Math.log1p(ax + x * x / (1 + Math.sqrt(1 + x * x)));
        }
        return Math.copySign(r, x);
    }

    private static double atanh(double x) {
        double ax = Math.abs(x);
        if (ax >= 1) {
            throw domain();
        }
        double r = ax < 0.5 ? 0.5 * Math.log1p(2 * ax + 2 * ax * ax / (1 - ax)) : 0.5 * Math.log1p(2 * ax / (1 - ax));
        return Math.copySign(r, x);
    }

    private static PyTuple frexp(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return PyTuple.of(x, 0L);
        }
        int shift = 0;
        if (Math.getExponent(x) < Double.MIN_EXPONENT) { // subnormal: scale into the normal range first
            x *= 0x1p54;
            shift = -54;
        }
        int e = Math.getExponent(x) + 1;
        return PyTuple.of(Math.scalb(x, -e), (long) (e + shift));
    }

    private static BigInteger fallingFactorial(BigInteger n, int count) {
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < count; i++) {
            RunGuard.poll();
            r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        }
        return r;
    }

    private static BigInteger big(Object o) {
        if (!Ops.isInt(o)) {
            throw KindlingError.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        }
        return o instanceof BigInteger b ? b : BigInteger.valueOf(Ops.toLong(o));
    }

    private static BigInteger nonNegative(Object o, String name) {
        BigInteger v = big(o);
        if (v.signum() < 0) {
            throw KindlingError.valueError(name + " must be a non-negative integer");
        }
        return v;
    }

    private static double overflowChecked(double result, double x) {
        if (Double.isInfinite(result) && Double.isFinite(x)) {
            throw new KindlingError(ErrorType.OVERFLOW_ERROR, "math range error");
        }
        return result;
    }

    private static KindlingError domain() {
        return KindlingError.valueError("math domain error");
    }

    private static void def(PyModule m, String name, dev.kindling.lang.objects.BuiltinBody body) {
        m.set(name, new PyBuiltin("math." + name, body));
    }

    private static void unary(PyModule m, String name, java.util.function.DoubleUnaryOperator f) {
        def(m, name, (a, k) -> {
            Args.exactly(name, a, k, 1);
            return f.applyAsDouble(Ops.toDouble(a[0]));
        });
    }

    private static void binary(PyModule m, String name, java.util.function.DoubleBinaryOperator f) {
        def(m, name, (a, k) -> {
            Args.exactly(name, a, k, 2);
            return f.applyAsDouble(Ops.toDouble(a[0]), Ops.toDouble(a[1]));
        });
    }
}
