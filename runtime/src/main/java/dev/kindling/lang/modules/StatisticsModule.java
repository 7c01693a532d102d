package dev.kindling.lang.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.ast.BinaryOp;
import dev.kindling.lang.objects.Arith;
import dev.kindling.lang.objects.BuiltinBody;
import dev.kindling.lang.objects.BuiltinTypes;
import dev.kindling.lang.objects.Compare;
import dev.kindling.lang.objects.Exceptions;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyBuiltin;
import dev.kindling.lang.objects.PyClass;
import dev.kindling.lang.objects.PyDict;
import dev.kindling.lang.objects.PyModule;

/**
 * Python's {@code statistics} for ints and floats: mean, fmean, median (low, high), mode,
 * variance, pvariance, stdev and pstdev. As in CPython, sums are exact (floats are binary
 * fractions, held exactly as BigDecimal) and each result is rounded once, so results are
 * CPython's to the last bit; a mean or variance of ints that comes out whole is an int.
 * {@code xbar=}/{@code mu=} are not supported.
 */
public final class StatisticsModule {
    static final PyClass STATISTICS_ERROR = PyClass.user("StatisticsError", "statistics",
            BuiltinTypes.exceptionClass(ErrorType.VALUE_ERROR));

    /** Digits for a quotient before its one rounding to double: far more than a double holds. */
    private static final MathContext WIDE = new MathContext(60);

    /** Exact sums of the data and of its squares, and whether every value was an int. */
    private record Sums(BigDecimal sum, BigDecimal squares, int n, boolean ints, double special) {
        boolean finite() {
            return special == 0;
        }
    }

    private StatisticsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("statistics");
        m.set("StatisticsError", STATISTICS_ERROR);
        def(m, "mean", a -> mean(sums(a, "mean", 1)));
        def(m, "fmean", StatisticsModule::fmean);
        def(m, "median", a -> median(a, 'm'));
        def(m, "median_low", a -> median(a, 'l'));
        def(m, "median_high", a -> median(a, 'h'));
        def(m, "mode", StatisticsModule::mode);
        def(m, "variance", a -> variance(sums(a, "variance", 2), 1, false));
        def(m, "pvariance", a -> variance(sums(a, "pvariance", 1), 0, false));
        def(m, "stdev", a -> variance(sums(a, "stdev", 2), 1, true));
        def(m, "pstdev", a -> variance(sums(a, "pstdev", 1), 0, true));
        return m;
    }

    private static void def(PyModule m, String name, java.util.function.Function<List<Object>, Object> f) {
        BuiltinBody body = (a, k) -> {
            dev.kindling.lang.objects.Args.exactly(name, a, k, 1);
            return f.apply(Ops.toList(a[0]));
        };
        m.set(name, new PyBuiltin("statistics." + name, body));
    }

    private static KindlingError error(String message) {
        return Exceptions.toError(STATISTICS_ERROR.call(new Object[] {message}, null));
    }

    private static Sums sums(List<Object> data, String function, int atLeast) {
        if (data.size() < atLeast) {
            throw error(function + " requires at least " + (atLeast == 1 ? "one data point" : "two data points"));
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal squares = BigDecimal.ZERO;
        boolean ints = true;
        double special = 0;
        for (Object x : data) {
            if (x instanceof Double d && !Double.isFinite(d)) {
                special += d;
                continue;
            }
            BigDecimal v = exact(x);
            ints &= !(x instanceof Double);
            sum = sum.add(v);
            squares = squares.add(v.multiply(v));
        }
        return new Sums(sum, squares, data.size(), ints, special);
    }

    private static BigDecimal exact(Object x) {
        if (x instanceof Double d) {
            return new BigDecimal(d);
        }
        if (x instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (x instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (x instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        throw KindlingError.typeError("can't convert type '" + Ops.typeName(x) + "' to numerator/denominator");
    }

    /** numerator/denominator as CPython converts a Fraction: an int when the data were ints and it is whole, else a float. */
    private static Object result(BigDecimal numerator, BigInteger denominator, boolean ints) {
        BigDecimal d = new BigDecimal(denominator);
        if (ints) {
            BigDecimal[] qr = numerator.divideAndRemainder(d);
            if (qr[1].signum() == 0) {
                return Arith.normalize(qr[0].toBigIntegerExact());
            }
        }
        return numerator.divide(d, WIDE).doubleValue();
    }

    private static Object mean(Sums s) {
        if (!s.finite()) {
            // An infinity or NaN in the data: CPython's exact sum gives way to the float one.
            return s.special();
        }
        return result(s.sum(), BigInteger.valueOf(s.n()), s.ints());
    }


    private static Object fmean(List<Object> data) {
        if (data.isEmpty()) {
            throw error("fmean requires at least one data point");
        }
        BigDecimal sum = BigDecimal.ZERO;
        double special = 0;
        for (Object x : data) {
            if (!(x instanceof Double) && !Ops.isInt(x)) {
                throw KindlingError.typeError("must be real number, not " + Ops.typeName(x));
            }
            double d = Ops.toDouble(x);
            if (!Double.isFinite(d)) {
                special += d;
            } else {
                sum = sum.add(x instanceof Double ? new BigDecimal(d) : exact(x));
            }
        }
        if (special != 0 || Double.isNaN(special)) {
            return special / data.size();
        }
        double total = sum.doubleValue();
        if (Double.isInfinite(total)) {
            throw new KindlingError(ErrorType.OVERFLOW_ERROR, "intermediate overflow in fsum");
        }
        return total / data.size();
    }

    private static Object median(List<Object> data, char which) {
        if (data.isEmpty()) {
            throw error("no median for empty data");
        }
        List<Object> sorted = new java.util.ArrayList<>(data);
        sorted.sort((x, y) -> Ops.truthy(Compare.compare(dev.kindling.lang.ast.CompareOp.LT, x, y)) ? -1
                : Ops.truthy(Compare.compare(dev.kindling.lang.ast.CompareOp.LT, y, x)) ? 1 : 0);
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return switch (which) {
            case 'l' -> sorted.get(n / 2 - 1);
            case 'h' -> sorted.get(n / 2);
            default -> Arith.binary(BinaryOp.TRUEDIV, Arith.binary(BinaryOp.ADD, sorted.get(n / 2 - 1), sorted.get(n / 2)),
                    2L);
        };
    }

    /** The most common value; the first seen among equally common ones. */
    private static Object mode(List<Object> data) {
        if (data.isEmpty()) {
            throw error("no mode for empty data");
        }
        PyDict counts = new PyDict();
        Object best = null;
        long bestCount = 0;
        for (Object x : data) {
            Object old = counts.get(x);
            counts.put(x, old == null ? 1L : (Long) old + 1);
        }
        for (Object x : data) {
            long c = (Long) counts.get(x);
            if (c > bestCount) {
                best = x;
                bestCount = c;
            }
        }
        return best;
    }

    /**
     * The sum of squared deviations over n - ddof, exactly: (n * sum(x^2) - sum(x)^2) / (n * (n - ddof)),
     * rounded once; its square root is rounded once from the exact quotient, as CPython's
     * _float_sqrt_of_frac.
     */
    private static Object variance(Sums s, int ddof, boolean root) {
        if (!s.finite()) {
            if (root) {
                throw KindlingError.of(ErrorType.ATTRIBUTE_ERROR, "'float' object has no attribute 'numerator'");
            }
            return Double.isNaN(s.special()) ? Double.NaN : Double.POSITIVE_INFINITY;
        }
        BigDecimal n = BigDecimal.valueOf(s.n());
        BigDecimal numerator = n.multiply(s.squares()).subtract(s.sum().multiply(s.sum()));
        BigInteger denominator = BigInteger.valueOf(s.n()).multiply(BigInteger.valueOf(s.n() - ddof));
        if (!root) {
            return result(numerator, denominator, s.ints());
        }
        BigDecimal quotient = numerator.divide(new BigDecimal(denominator), new MathContext(120));
        return quotient.sqrt(WIDE).doubleValue();
    }
}
