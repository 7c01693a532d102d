package dev.kindling.pyfmt;

/**
 * Lays out the digits of a non-negative finite double as CPython's {@code format_float_short}
 * (Python/pystrtod.c) does, the one routine behind {@code repr(float)}, {@code format()} and
 * {@code %}-formatting of floats. Keeping one port of it means all three agree on every corner:
 * where the exponent starts, when {@code .0} is added, what {@code #} keeps.
 *
 * <p>{@link #convert} is public so that {@code %}-formatting, which parses its own specs, lays out
 * floats with this same routine.
 *
 * <pre>{@code
 * FloatText.convert(-0.5, 'E', 2, false, false, false);  // "-5.00E-01"
 * FloatText.convert(1.0, 'g', 3, false, true, false);    // "1.00"
 * }</pre>
 */
public final class FloatText {
    private FloatText() {}

    /**
     * CPython's {@code PyOS_double_to_string}: any double, with a leading '-' when negative (never
     * for nan), {@code inf}/{@code nan}, and upper case for the codes E, F and G.
     *
     * @param noNegZero the {@code z} option: drop the sign of a value that rounds to zero
     */
    public static String convert(double x, char code, int precision, boolean addDot0, boolean alt, boolean noNegZero) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char lower = Character.toLowerCase(code);
        boolean negative = Double.doubleToRawLongBits(x) < 0 && !Double.isNaN(x);
        String text;
        if (Double.isNaN(x)) {
            text = "nan";
        } else if (Double.isInfinite(x)) {
            text = "inf";
        } else {
            text = format(Math.abs(x), lower, precision, addDot0, alt);
            negative &= !(noNegZero && isZero(text));
        }
        text = upper ? text.toUpperCase() : text;
        return negative ? "-" + text : text;
    }

    /** True when the mantissa has only zeros, as after rounding a tiny value. */
    private static boolean isZero(String text) {
        for (int i = 0; i < text.length() && text.charAt(i) != 'e'; i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Formats {@code x >= 0} for a lower-case code: {@code 'e'}, {@code 'f'}, {@code 'g'} with a
     * precision, or {@code 'r'} (repr, shortest digits; precision ignored).
     *
     * @param addDot0 append {@code .0} to an integral result without exponent (repr, and format with no type)
     * @param alt     the {@code #} flag: keep the decimal point and, for 'g', trailing zeros
     */
    static String format(double x, char code, int precision, boolean addDot0, boolean alt) {
        FloatDigits d = switch (code) {
            case 'e' -> FloatDigits.significant(x, precision + 1);
            case 'f' -> FloatDigits.fixed(x, precision);
            case 'g' -> FloatDigits.significant(x, Math.max(precision, 1));
            default -> FloatDigits.shortest(x);
        };
        int p = code == 'e' ? precision + 1 : code == 'g' ? Math.max(precision, 1) : precision;
        int decpt = d.decpt();
        int vdigitsEnd = d.digits().length();
        boolean useExp = false;
        switch (code) {
            case 'e' -> {
                useExp = true;
                vdigitsEnd = p;
            }
            case 'f' -> vdigitsEnd = decpt + p;
            case 'g' -> {
                useExp = decpt <= -4 || decpt > (addDot0 ? p - 1 : p);
                vdigitsEnd = alt ? p : vdigitsEnd;
            }
            default -> useExp = decpt <= -4 || decpt > 16;
        }
        int exp = useExp ? decpt - 1 : 0;
        decpt = useExp ? 1 : decpt;
        vdigitsEnd = Math.max(vdigitsEnd, !useExp && addDot0 ? decpt + 1 : decpt);
        StringBuilder out = layOut(d.digits(), decpt, vdigitsEnd);
        if (out.charAt(out.length() - 1) == '.' && !alt) {
            out.setLength(out.length() - 1);
        }
        if (useExp) {
            out.append('e').append(exp < 0 ? '-' : '+');
            out.append(Math.abs(exp) < 10 ? "0" : "").append(Math.abs(exp));
        }
        return out.toString();
    }

    /** The digits with the point at {@code decpt}, zero-padded on both sides up to {@code vdigitsEnd}. */
    private static StringBuilder layOut(String digits, int decpt, int vdigitsEnd) {
        int n = digits.length();
        StringBuilder out = new StringBuilder(Math.max(n, vdigitsEnd) + 8);
        if (decpt <= 0) {
            out.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt <= n) {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, n);
        } else {
            out.append(digits).append("0".repeat(decpt - n)).append('.');
        }
        out.append("0".repeat(Math.max(0, vdigitsEnd - Math.max(n, decpt))));
        return out;
    }
}
