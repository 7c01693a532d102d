package dev.kindling.pyfmt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a non-negative finite double, as David Gay's {@code dtoa} gives them to
 * CPython: significant digits without trailing zeros, and {@code decpt}, where the decimal point
 * goes ({@code value = 0.digits * 10^decpt}). Zero is {@code "0"} with {@code decpt} 1.
 *
 * <p>Rounding works on the exact binary value with round-half-even, via {@link BigDecimal}, so
 * {@code 2.675} (really 2.67499999...) rounds to {@code 2.67}, as in CPython.
 *
 * @param digits the significant digits, e.g. {@code "125"} for 0.125
 * @param decpt  the decimal point position, e.g. 0 for 0.125 and 3 for 125.0
 */
record FloatDigits(String digits, int decpt) {
    private static final FloatDigits ZERO = new FloatDigits("0", 1);
    /**
     * More digits than any double has: at most 767 significant ones and 1074 after the point.
     * Asking for more only adds zeros, which the digits leave off, so a larger precision is cut
     * to this before rounding (BigDecimal cannot hold a scale of a billion digits).
     */
    private static final int EXACT_DIGITS = 1100;

    /** dtoa mode 0: the shortest digits that read back as {@code x}, nearest to it when several do. */
    static FloatDigits shortest(double x) {
        if (x == 0) {
            return ZERO;
        }
        FloatDigits java = x >= Double.MIN_NORMAL ? fromJava(x) : null;
        return java != null ? java : searchShortest(x);
    }

    /**
     * Java's own digits, when they are at most 15: two different decimals of 15 digits or fewer
     * never read back as the same normal double (DBL_DIG), so a round-tripping one is the shortest
     * (subnormals have fewer bits: Java writes 4.9E-324 where 5e-324 suffices). Java
     * sometimes writes more digits than needed (JDK-4511638), so longer answers are not trusted.
     */
    private static FloatDigits fromJava(double x) {
        String s = Double.toString(x);
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int decpt = dot + (e < 0 ? 0 : Integer.parseInt(s.substring(e + 1)));
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        int end = digits.length();
        while (end > start + 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        if (end - start > 15) {
            return null;
        }
        return new FloatDigits(digits.substring(start, end), decpt - start);
    }

    /**
     * The shortest digits by trying more and more significant digits on the exact value; for a
     * normal double fewer than 15 never beat 15 (stripped of trailing zeros), by DBL_DIG.
     */
    static FloatDigits searchShortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int n = x >= Double.MIN_NORMAL ? 15 : 1; n < 17; n++) {
            BigDecimal candidate = roundTripping(exact, n, x);
            if (candidate != null) {
                return of(candidate);
            }
        }
        return of(roundTripping(exact, 17, x));
    }

    /** dtoa mode 2: rounded to {@code n >= 1} significant digits. */
    static FloatDigits significant(double x, int n) {
        if (x == 0) {
            return ZERO;
        }
        return of(new BigDecimal(x).round(new MathContext(Math.min(n, EXACT_DIGITS), RoundingMode.HALF_EVEN)));
    }

    /** dtoa mode 3: rounded to {@code n >= 0} digits after the decimal point. */
    static FloatDigits fixed(double x, int n) {
        BigDecimal rounded = new BigDecimal(x).setScale(Math.min(n, EXACT_DIGITS), RoundingMode.HALF_EVEN);
        return rounded.signum() == 0 ? ZERO : of(rounded);
    }

    /** The nearest {@code n}-digit decimal that reads back as {@code x}, or null if none does. */
    private static BigDecimal roundTripping(BigDecimal exact, int n, double x) {
        BigDecimal nearest = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
        if (Double.parseDouble(nearest.toString()) == x) {
            return nearest;
        }
        // Just above a power of two the interval of values reading back as x is lopsided, so the
        // other neighbour may read back when the nearest does not.
        RoundingMode other = nearest.compareTo(exact) > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
        BigDecimal candidate = exact.round(new MathContext(n, other));
        return Double.parseDouble(candidate.toString()) == x ? candidate : null;
    }

    private static FloatDigits of(BigDecimal value) {
        String unscaled = value.unscaledValue().toString();
        int decpt = unscaled.length() - value.scale();
        int end = unscaled.length();
        while (end > 1 && unscaled.charAt(end - 1) == '0') {
            end--;
        }
        return new FloatDigits(unscaled.substring(0, end), decpt);
    }
}
