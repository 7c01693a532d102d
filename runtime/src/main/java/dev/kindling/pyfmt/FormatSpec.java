package dev.kindling.pyfmt;

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
        return FormatSpecParser.parse(spec, typeName, defaultAlign, defaultType);
    }

    /** A type character as CPython quotes it in messages: {@code 'x'}, or {@code '\x80'} past ASCII. */
    static String describeType(int type) {
        return type > 32 && type < 128 ? "'" + (char) type + "'" : "'\\x" + Integer.toHexString(type) + "'";
    }

    /** The ValueError for a presentation type this kind of object does not know. */
    static KindlingError unknownType(int type, String typeName) {
        return KindlingError.valueError("Unknown format code " + describeType(type) + " for object of type '"
                + typeName + "'");
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
