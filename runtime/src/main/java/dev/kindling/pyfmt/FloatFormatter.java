package dev.kindling.pyfmt;

import dev.kindling.errors.KindlingError;

/**
 * Formats a float for a parsed {@link FormatSpec}, as CPython's {@code format_float_internal}:
 * types e, E, f, F, g, G, n, % and none. With no type and no precision it is {@code repr}; with a
 * precision it is like 'g' but keeps at least one digit after the point
 * ({@code format(3.0, '.2')} is {@code '3.0'}).
 */
final class FloatFormatter {
    private static final long INT_MAX = Integer.MAX_VALUE;

    private FloatFormatter() {}

    static String format(double value, FormatSpec spec) {
        int type = spec.type();
        if (type != 0 && "eEfFgGn%".indexOf(type) < 0) {
            throw FormatSpec.unknownType(type, "float");
        }
        if (spec.precision() > INT_MAX) {
            throw KindlingError.valueError("precision too big");
        }
        String body = body(value, spec);
        boolean negative = body.startsWith("-");
        String unsigned = negative ? body.substring(1) : body;
        int digitsEnd = 0;
        while (digitsEnd < unsigned.length() && Character.isDigit(unsigned.charAt(digitsEnd))) {
            digitsEnd++;
        }
        return NumberLayout.layOut(spec, spec.signFor(negative), "", unsigned.substring(0, digitsEnd),
                unsigned.substring(digitsEnd));
    }

    /** The number as {@code PyOS_double_to_string} gives it (with '-' when negative), plus '%' for that type. */
    private static String body(double value, FormatSpec spec) {
        int type = spec.type();
        boolean addDot0 = type == 0;
        char code = type == 0 ? 'r' : type == 'n' ? 'g' : (char) type;
        int precision = (int) spec.precision();
        double x = value;
        if (code == '%') {
            code = 'f';
            x *= 100;
        }
        if (precision < 0) {
            precision = type == 0 ? 0 : 6;
        } else if (code == 'r') {
            code = 'g';
        }
        String text = FloatText.convert(x, code, precision, addDot0, spec.alternate(), spec.noNegZero());
        return type == '%' ? text + "%" : text;
    }
}
