package dev.kindling.lang.format;

/**
 * One parsed {@code %} conversion of {@link PercentFormat}: flags, width, precision and the
 * conversion character, and the padding rules of CPython's {@code unicode_format_arg_output}.
 *
 * @param flags      a set of {@link #LEFT}, {@link #SIGN}, {@link #BLANK}, {@link #ALT}, {@link #ZERO}
 * @param width      the minimum width, or -1
 * @param precision  the precision, or -1
 * @param conversion the conversion character (a code point)
 * @param index      where the conversion character stands in the template, for error messages
 */
record PercentSpec(int flags, long width, long precision, int conversion, int index) {
    static final int LEFT = 1;
    static final int SIGN = 2;
    static final int BLANK = 4;
    static final int ALT = 8;
    static final int ZERO = 16;

    static int flagOf(char c) {
        return switch (c) {
            case '-' -> LEFT;
            case '+' -> SIGN;
            case ' ' -> BLANK;
            case '#' -> ALT;
            case '0' -> ZERO;
            default -> 0;
        };
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** For %s, %r and %a: at most {@code precision} characters. */
    String truncate(String s) {
        if (precision < 0 || s.codePointCount(0, s.length()) <= precision) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, (int) precision));
    }

    /** Pads text with spaces to the width; the 0 flag does not apply to text. */
    String padText(String s) {
        long padding = Math.max(0, width - s.codePointCount(0, s.length()));
        String spaces = " ".repeat((int) padding);
        return has(LEFT) ? s + spaces : spaces + s;
    }

    /**
     * Pads a number made of a '-' or nothing, a prefix such as {@code 0x}, and digits: the sign
     * comes from the flags when the number has none, and zeros go between prefix and digits.
     */
    String padNumber(String number) {
        String sign = number.startsWith("-") ? "-" : has(SIGN) ? "+" : has(BLANK) ? " " : "";
        String unsigned = number.startsWith("-") ? number.substring(1) : number;
        int prefixLength = has(ALT) && "oxX".indexOf(conversion) >= 0 ? 2 : 0;
        String prefix = sign + unsigned.substring(0, prefixLength);
        String digits = unsigned.substring(prefixLength);
        long padding = Math.max(0, width - prefix.length() - digits.length());
        if (has(LEFT)) {
            return prefix + digits + " ".repeat((int) padding);
        }
        if (has(ZERO)) {
            return prefix + "0".repeat((int) padding) + digits;
        }
        return " ".repeat((int) padding) + prefix + digits;
    }
}
