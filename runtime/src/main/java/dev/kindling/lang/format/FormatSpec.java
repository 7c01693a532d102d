package dev.kindling.lang.format;

import java.math.BigInteger;

import dev.kindling.errors.KindlingError;

/**
 * A parsed format spec of Python's mini-language,
 * {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}, and
 * {@link #format(Object, String)}, the built-in {@code format()} for int, bool, float and str.
 *
 * <p>Parsing and every check follow CPython 3.11's {@code Python/formatter_unicode.c}, so the
 * output and the {@code ValueError} texts are the ones a learner sees in CPython:
 *
 * <pre>{@code
 * FormatSpec.format(1234567L, ",");     // "1,234,567"
 * FormatSpec.format(0.5, ".1%");        // "50.0%"
 * FormatSpec.format("x", "^5");         // "  x  "
 * FormatSpec.format(1.5, "d");          // ValueError: Unknown format code 'd' for object of type 'float'
 * }</pre>
 *
 * @param fill       the fill character (a code point), {@code ' '} unless given
 * @param align      one of {@code < > ^ =}
 * @param sign       {@code '+'}, {@code '-'}, {@code ' '}, or 0 when not given
 * @param noNegZero  the {@code z} option: negative zero after rounding prints as zero
 * @param alternate  the {@code #} option
 * @param width      the minimum width, or -1
 * @param grouping   {@code ','} or {@code '_'}, or 0 for none
 * @param groupSize  digits per group: 3, or 4 for {@code '_'} with b, o, x, X
 * @param precision  the precision, or -1
 * @param type       the presentation type, or 0 for none
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, long width,
        char grouping, int groupSize, long precision, int type) {

    private static final long SSIZE_MAX = Long.MAX_VALUE;

    /** {@code format(value, spec)} for a Long, BigInteger, Boolean, Double or String. */
    public static String format(Object value, String spec) {
        if (value instanceof String s) {
            return spec.isEmpty() ? s : TextFormatter.format(s, parse(spec, "str", '<', 's'));
        }
        if (value instanceof Double d) {
            return spec.isEmpty() ? FloatRepr.repr(d) : FloatFormatter.format(d, parse(spec, "float", '>', 0));
        }
        if (value instanceof Boolean b) {
            // bool is an int whose str() is its name: format(True, '') is 'True', format(True, 'd') is '1'.
            return spec.isEmpty() ? (b ? "True" : "False") : formatInt(b ? 1L : 0L, spec, "bool");
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return spec.isEmpty() ? IntFormatter.str(value) : formatInt(value, spec, "int");
        }
        throw KindlingError.typeError("unsupported format string passed to "
                + (value == null ? "NoneType" : value.getClass().getSimpleName()) + ".__format__");
    }

    private static String formatInt(Object value, String spec, String typeName) {
        return IntFormatter.format(value, parse(spec, typeName, '>', 'd'), typeName);
    }

    /**
     * Parses a non-empty spec as CPython does for an object of type {@code typeName}.
     *
     * @param defaultAlign {@code '<'} for str, {@code '>'} for numbers (decides what a leading 0 means)
     * @param defaultType  the type when none is given: {@code 's'}, {@code 'd'}, or 0 for float
     */
    public static FormatSpec parse(String spec, String typeName, char defaultAlign, int defaultType) {
        int[] cp = spec.codePoints().toArray();
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillGiven = false;
        boolean alignGiven = false;
        if (cp.length >= 2 && isAlign(cp[1])) {
            fill = cp[0];
            align = (char) cp[1];
            fillGiven = alignGiven = true;
            pos = 2;
        } else if (cp.length >= 1 && isAlign(cp[0])) {
            align = (char) cp[0];
            alignGiven = true;
            pos = 1;
        }
        char sign = 0;
        if (pos < cp.length && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            sign = (char) cp[pos++];
        }
        boolean noNegZero = pos < cp.length && cp[pos] == 'z';
        pos += noNegZero ? 1 : 0;
        boolean alternate = pos < cp.length && cp[pos] == '#';
        pos += alternate ? 1 : 0;
        if (!fillGiven && pos < cp.length && cp[pos] == '0') {
            fill = '0';
            align = !alignGiven && defaultAlign == '>' ? '=' : align;
            pos++;
        }
        int widthEnd = digitsEnd(cp, pos);
        long width = widthEnd == pos ? -1 : integer(cp, pos, widthEnd);
        pos = widthEnd;
        char grouping = 0;
        if (pos < cp.length && cp[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < cp.length && cp[pos] == '_') {
            if (grouping != 0) {
                throw KindlingError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < cp.length && cp[pos] == ',' && grouping == '_') {
            throw KindlingError.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (pos < cp.length && cp[pos] == '.') {
            int end = digitsEnd(cp, ++pos);
            if (end == pos) {
                throw KindlingError.valueError("Format specifier missing precision");
            }
            precision = integer(cp, pos, end);
            pos = end;
        }
        if (cp.length - pos > 1) {
            throw KindlingError.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = pos < cp.length ? cp[pos] : defaultType;
        int groupSize = grouping == 0 ? 0 : checkGrouping(grouping, type);
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, groupSize, precision, type);
    }

    /** The group size for this separator and type, or the error CPython raises for the pair. */
    private static int checkGrouping(char grouping, int type) {
        switch (type) {
            case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                return 3;
            case 'b', 'o', 'x', 'X':
                if (grouping == '_') {
                    return 4;
                }
                break;
            default:
                break;
        }
        throw KindlingError.valueError("Cannot specify '" + grouping + "' with " + describeType(type) + ".");
    }

    /** A type character as CPython quotes it in messages: {@code 'x'}, or {@code '\x7f'} when unprintable. */
    static String describeType(int type) {
        return type > 32 && type < 128 ? "'" + (char) type + "'" : "'\\x" + Integer.toHexString(type) + "'";
    }

    /** The ValueError for a presentation type this kind of object does not know. */
    static KindlingError unknownType(int type, String typeName) {
        return KindlingError.valueError("Unknown format code " + describeType(type) + " for object of type '"
                + typeName + "'");
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static int digitsEnd(int[] cp, int pos) {
        while (pos < cp.length && Character.getType(cp[pos]) == Character.DECIMAL_DIGIT_NUMBER) {
            pos++;
        }
        return pos;
    }

    private static long integer(int[] cp, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(cp[i], 10);
            if (value > (SSIZE_MAX - digit) / 10) {
                throw KindlingError.valueError("Too many decimal digits in format string");
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** The fill character as a string. */
    String fillText() {
        return new String(Character.toChars(fill));
    }

    /** The sign to print for a number of this signum, following the sign option. */
    String signFor(boolean negative) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }
}
