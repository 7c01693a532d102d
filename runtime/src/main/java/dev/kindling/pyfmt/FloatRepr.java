package dev.kindling.pyfmt;

/**
 * {@code repr(float)} and {@code str(float)} exactly as CPython writes them: the shortest digits
 * that read back as the same double, in fixed notation for exponents from -4 to 15 and in
 * scientific notation otherwise.
 *
 * <p>Java's own {@link Double#toString(double)} will not do: it writes {@code 1.0E-5} where Python
 * writes {@code 1e-05}, and before JDK 19 it sometimes gives more digits than needed (JDK-4511638),
 * so scripts would print differently from CPython.
 *
 * <pre>{@code
 * FloatRepr.repr(0.1 + 0.2);  // "0.30000000000000004"
 * FloatRepr.repr(1e16);       // "1e+16"
 * FloatRepr.repr(100.0);      // "100.0"
 * }</pre>
 */
public final class FloatRepr {
    private FloatRepr() {}

    /** What {@code repr(x)} gives in CPython, e.g. {@code "1e-05"}, {@code "-0.0"}, {@code "inf"}, {@code "nan"}. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        if (Double.isInfinite(x)) {
            return sign + "inf";
        }
        return sign + FloatText.format(Math.abs(x), 'r', 0, true, false);
    }
}
