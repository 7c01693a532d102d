package dev.kindling.pyfmt;

import dev.kindling.errors.KindlingError;

/**
 * Formats a str for a parsed {@link FormatSpec}, as CPython's {@code format_string_internal}:
 * precision truncates, width pads (left-aligned by default); sign, {@code z}, {@code #} and
 * {@code =} are errors. Lengths count code points, as Python's do.
 */
final class TextFormatter {
    private TextFormatter() {}

    static String format(String s, FormatSpec spec) {
        if (spec.type() != 's') {
            throw FormatSpec.unknownType(spec.type(), "str");
        }
        if (spec.sign() != 0) {
            String what = spec.sign() == ' ' ? "Space" : "Sign";
            throw KindlingError.valueError(what + " not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw KindlingError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw KindlingError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw KindlingError.valueError("'=' alignment not allowed in string format specifier");
        }
        String text = truncate(s, spec.precision());
        return pad(text, text.codePointCount(0, text.length()), spec);
    }

    private static String truncate(String s, long precision) {
        if (precision < 0 || s.codePointCount(0, s.length()) <= precision) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, (int) precision));
    }

    /** Pads text of {@code length} code points to the spec's width, by its alignment. */
    static String pad(String text, int length, FormatSpec spec) {
        long padding = Math.max(0, spec.width() - length);
        long left = switch (spec.align()) {
            case '>' -> padding;
            case '^' -> padding / 2;
            default -> 0;
        };
        String fill = spec.fillText();
        return fill.repeat((int) left) + text + fill.repeat((int) (padding - left));
    }
}
