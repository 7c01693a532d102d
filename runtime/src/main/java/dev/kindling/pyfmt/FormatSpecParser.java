package dev.kindling.pyfmt;

import dev.kindling.errors.KindlingError;

/**
 * Reads a format spec into a {@link FormatSpec}, step by step as CPython 3.11's
 * {@code parse_internal_render_format_spec}: fill and align, sign, {@code z}, {@code #}, the
 * {@code 0} shorthand, width, grouping, precision, type. Specs are read by code point, so a fill
 * character may lie outside the BMP.
 */
final class FormatSpecParser {
    private final String spec;
    private final int[] cp;
    private int pos;

    private FormatSpecParser(String spec) {
        this.spec = spec;
        this.cp = spec.codePoints().toArray();
    }

    static FormatSpec parse(String spec, String typeName, char defaultAlign, int defaultType) {
        return new FormatSpecParser(spec).read(typeName, defaultAlign, defaultType);
    }

    private FormatSpec read(String typeName, char defaultAlign, int defaultType) {
        boolean fillGiven = cp.length >= 2 && isAlign(cp[1]);
        int fill = fillGiven ? cp[pos++] : ' ';
        boolean alignGiven = pos < cp.length && isAlign(cp[pos]);
        char align = alignGiven ? (char) cp[pos++] : defaultAlign;
        char sign = take('+') ? '+' : take('-') ? '-' : take(' ') ? ' ' : 0;
        boolean noNegZero = take('z');
        boolean alternate = take('#');
        if (!fillGiven && take('0')) {
            // The 0 shorthand: zero fill, and for numbers padding after the sign.
            fill = '0';
            align = !alignGiven && defaultAlign == '>' ? '=' : align;
        }
        long width = integer();
        char grouping = grouping();
        long precision = -1;
        if (take('.')) {
            precision = integer();
            if (precision < 0) {
                throw KindlingError.valueError("Format specifier missing precision");
            }
        }
        if (cp.length - pos > 1) {
            throw KindlingError.valueError("Invalid format specifier '" + spec + "' for object of type '"
                    + typeName + "'");
        }
        int type = pos < cp.length ? cp[pos] : defaultType;
        int groupSize = grouping == 0 ? 0 : groupSize(grouping, type);
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, groupSize, precision, type);
    }

    private boolean take(char c) {
        if (pos < cp.length && cp[pos] == c) {
            pos++;
            return true;
        }
        return false;
    }

    private char grouping() {
        char grouping = take(',') ? ',' : 0;
        if (pos < cp.length && cp[pos] == '_') {
            if (grouping != 0) {
                throw KindlingError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (grouping == '_' && pos < cp.length && cp[pos] == ',') {
            throw KindlingError.valueError("Cannot specify both ',' and '_'.");
        }
        return grouping;
    }

    /** The group size for this separator and type, or the error CPython raises for the pair. */
    private static int groupSize(char grouping, int type) {
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
        throw KindlingError.valueError("Cannot specify '" + grouping + "' with " + FormatSpec.describeType(type) + ".");
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** A run of decimal digits (any script, as CPython allows), or -1 when there is none. */
    private long integer() {
        long value = -1;
        while (pos < cp.length && Character.getType(cp[pos]) == Character.DECIMAL_DIGIT_NUMBER) {
            int digit = Character.digit(cp[pos++], 10);
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw KindlingError.valueError("Too many decimal digits in format string");
            }
            value = Math.max(value, 0) * 10 + digit;
        }
        return value;
    }
}
