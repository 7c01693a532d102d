package dev.kindling.lang.modules;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.function.DoubleUnaryOperator;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.ast.BinaryOp;
import dev.kindling.lang.eval.RunGuard;
import dev.kindling.lang.objects.Args;
import dev.kindling.lang.objects.Arith;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyModule;

/**
 * Python's {@code math} module, with its domain and range errors; CPython 3.11's newer functions
 * are in {@link MathExtras}. Not provided (AttributeError): erf, erfc, gamma, lgamma.
 */
public final class MathModule {
    private MathModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("math");
        m.set("pi", Math.PI).set("e", Math.E).set("tau", 2 * Math.PI).set("inf", Double.POSITIVE_INFINITY)
                .set("nan", Double.NaN);
        unary(m, "sqrt", x -> {
            if (x < 0) {
                throw domain();
            }
            return Math.sqrt(x);
        });
        unary(m, "exp", x -> range(Math.exp(x), x));
        unary(m, "sin", Math::sin);
        unary(m, "cos", Math::cos);
        unary(m, "tan", Math::tan);
        unary(m, "asin", x -> checkNaN(Math.asin(x), x));
        unary(m, "acos", x -> checkNaN(Math.acos(x), x));
        unary(m, "atan", Math::atan);
        unary(m, "sinh", Math::sinh);
        unary(m, "cosh", Math::cosh);
        unary(m, "tanh", Math::tanh);
        unary(m, "fabs", Math::abs);
        unary(m, "log2", x -> log(x) / Math.log(2));
        unary(m, "log10", x -> {
            if (x <= 0) {
                throw domain();
            }
            return Math.log10(x);
        });
        unary(m, "log1p", x -> {
            if (x <= -1) {
                throw domain();
            }
            return Math.log1p(x);
        });
        unary(m, "expm1", Math::expm1);
        unary(m, "degrees", Math::toDegrees);
        unary(m, "radians", Math::toRadians);
        def(m, "log", (a, k) -> {
            Args.range("log", a, k, 1, 2);
            double x = Ops.toDouble(a[0]);
            return a.length == 2 ? log(x) / log(Ops.toDouble(a[1])) : log(x);
        });
        def(m, "pow", (a, k) -> {
            Args.exactly("pow", a, k, 2);
            return Math.pow(Ops.toDouble(a[0]), Ops.toDouble(a[1]));
        });
        def(m, "atan2", (a, k) -> Math.atan2(Ops.toDouble(a[0]), Ops.toDouble(a[1])));
        def(m, "copysign", (a, k) -> Math.copySign(Ops.toDouble(a[0]), Ops.toDouble(a[1])));
        def(m, "floor", (a, k) -> toInt(a, k, "floor", Math::floor));
        def(m, "ceil", (a, k) -> toInt(a, k, "ceil", Math::ceil));
        def(m, "trunc", (a, k) -> toInt(a, k, "trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x)));
        def(m, "isnan", (a, k) -> Double.isNaN(Ops.toDouble(a[0])));
        def(m, "isinf", (a, k) -> Double.isInfinite(Ops.toDouble(a[0])));
        def(m, "isfinite", (a, k) -> Double.isFinite(Ops.toDouble(a[0])));
        def(m, "isclose", (a, k) -> {
            Object[] p = Args.bind("isclose", a, k, "a", "b", "*", "rel_tol=", "abs_tol=");
            double x = Ops.toDouble(p[0]);
            double y = Ops.toDouble(p[1]);
            double rel = p[2] == null ? 1e-9 : Ops.toDouble(p[2]);
            double abs = p[3] == null ? 0.0 : Ops.toDouble(p[3]);
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        });
        def(m, "factorial", (a, k) -> {
            long n = Ops.toLong(a[0]);
            if (n < 0) {
                throw KindlingError.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) {
                RunGuard.poll();
                r = r.multiply(BigInteger.valueOf(i));
            }
            return Arith.normalize(r);
        });
        def(m, "gcd", (a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object o : a) {
                g = g.gcd(BigInteger.valueOf(Ops.toLong(o)));
            }
            return Arith.normalize(g);
        });
        def(m, "prod", (a, k) -> {
            Object[] p = Args.bind("prod", a, k, "iterable", "*", "start=");
            Object r = p[1] == null ? (Object) 1L : p[1];
            Iterator<Object> it = Ops.iterate(p[0]);
            while (it.hasNext()) {
                r = Arith.binary(BinaryOp.MUL, r, it.next());
            }
            return r;
        });
        def(m, "fsum", (a, k) -> {
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            Iterator<Object> it = Ops.iterate(a[0]);
            while (it.hasNext()) {
                s = s.add(new java.math.BigDecimal(Ops.toDouble(it.next())));
            }
            return s.doubleValue();
        });
        MathExtras.install(m);
        return m;
    }

    private static void def(PyModule m, String name, dev.kindling.lang.objects.BuiltinBody body) {
        m.set(name, new PyBuiltin("math." + name, body));
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator f) {
        def(m, name, (a, k) -> {
            Args.exactly(name, a, k, 1);
            return f.applyAsDouble(Ops.toDouble(a[0]));
        });
    }

    private static Object toInt(Object[] a, java.util.Map<String, Object> k, String name, DoubleUnaryOperator f) {
        Args.exactly(name, a, k, 1);
        if (Ops.isInt(a[0])) {
            return a[0] instanceof Boolean b ? (Object) (b ? 1L : 0L) : a[0];
        }
        Object special = Ops.callSpecial(a[0], "__" + name + "__");
        if (special != null) {
            return special;
        }
        double x = Ops.toDouble(a[0]);
        if (Double.isNaN(x)) {
            throw KindlingError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw new KindlingError(ErrorType.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        }
        double r = f.applyAsDouble(x);
        return Math.abs(r) < 9e18 ? (Object) (long) r : Arith.normalize(new java.math.BigDecimal(r).toBigInteger());
    }

    private static double log(double x) {
        if (x <= 0) {
            throw domain();
        }
        return Math.log(x);
    }

    private static double range(double result, double x) {
        if (Double.isInfinite(result) && Double.isFinite(x)) {
            throw new KindlingError(ErrorType.OVERFLOW_ERROR, "math range error");
        }
        return result;
    }

    private static double checkNaN(double result, double x) {
        if (Double.isNaN(result) && !Double.isNaN(x)) {
            throw domain();
        }
        return result;
    }

    private static KindlingError domain() {
        return KindlingError.valueError("math domain error");
    }
}
