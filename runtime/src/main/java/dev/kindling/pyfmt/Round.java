package dev.kindling.pyfmt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * The built-in {@code round()} for floats and ints, with CPython's semantics: halves go to the even
 * neighbour, and a float is rounded by its exact binary value, so {@code round(2.675, 2)} is
 * {@code 2.67} (2.675 is really 2.67499999...). {@code round(x)} gives an int,
 * {@code round(x, n)} a float of the same type as {@code x}.
 *
 * <pre>{@code
 * Round.round(2.5);                // 2L
 * Round.round(2.675, 2);           // 2.67
 * Round.round(1234.5, -2);         // 1200.0
 * Round.roundInt(1250L, -2);       // 1200L
 * }</pre>
 */
public final class Round {
    /** Beyond these, CPython's float_round returns x itself, or a zero with x's sign. */
    private static final int NDIGITS_MAX = 323;
    private static final int NDIGITS_MIN = -308;

    private Round() {}

    /** {@code round(x)}: the nearest int (ties to even), as a Long or, when large, a BigInteger. */
    public static Object round(double x) {
        if (Double.isNaN(x)) {
            throw KindlingError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw KindlingError.of(ErrorType.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        }
        double r = Math.rint(x);
        if (r >= -0x1p63 && r < 0x1p63) {
            return (long) r;
        }
        return new BigDecimal(r).toBigInteger();
    }

    /** {@code round(x, ndigits)}: a float, rounded correctly to {@code ndigits} decimal places. */
    public static double round(double x, int ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0 || ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        BigDecimal rounded = new BigDecimal(x).setScale(ndigits, RoundingMode.HALF_EVEN);
        double result = Double.parseDouble(rounded.toString());
        if (Double.isInfinite(result)) {
            throw KindlingError.of(ErrorType.OVERFLOW_ERROR, "rounded value too large to represent");
        }
        return result == 0 ? Math.copySign(0.0, x) : result;
    }

    /** {@code round(n, ndigits)} for an int (Long or BigInteger): ties to even, result an int. */
    public static Object roundInt(Object n, int ndigits) {
        if (ndigits >= 0) {
            return n;
        }
        BigInteger value = n instanceof BigInteger b ? b : BigInteger.valueOf(((Number) n).longValue());
        if ((long) -ndigits > value.abs().toString().length()) {
            return 0L;
        }
        BigInteger rounded = new BigDecimal(value).setScale(ndigits, RoundingMode.HALF_EVEN).toBigInteger();
        return rounded.bitLength() < 64 ? (Object) rounded.longValue() : rounded;
    }
}
