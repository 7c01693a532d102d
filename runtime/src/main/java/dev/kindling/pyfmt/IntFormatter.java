package dev.kindling.pyfmt;

import java.math.BigInteger;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * Formats an int (Long or BigInteger) for a parsed {@link FormatSpec}, as CPython's
 * {@code format_long_internal}: types b, c, d, n, o, x, X directly; e, E, f, F, g, G and % by way of
 * float, as {@code int.__format__} does.
 *
 * <p>{@code str(n)}, the digit limit and the int-to-float conversion are public because
 * {@code str.format}, {@code %}-formatting and {@code int()} parsing must agree with them exactly.
 *
 * <pre>{@code
 * IntFormatter.str(12L);                        // "12"
 * IntFormatter.toDouble(BigInteger.TEN.pow(400)); // OverflowError: int too large to convert to float
 * }</pre>
 */
public final class IntFormatter {
    /** CPython 3.11's default {@code sys.get_int_max_str_digits()}. */
    public static final int MAX_STR_DIGITS = 4300;

    private IntFormatter() {}

    /** {@code str(n)}, with CPython's limit on decimal digits. */
    public static String str(Object n) {
        // more bits than MAX_STR_DIGITS digits can hold: refused before the quadratic conversion
        if (n instanceof BigInteger b && b.bitLength() > MAX_STR_DIGITS * 3.33 + 4) {
            throw tooManyDigits();
        }
        String text = n.toString();
        int digits = text.length() - (text.startsWith("-") ? 1 : 0);
        if (digits > MAX_STR_DIGITS) {
            throw tooManyDigits();
        }
        return text;
    }

    private static KindlingError tooManyDigits() {
        return KindlingError.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string "
                + "conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    static String format(Object value, FormatSpec spec, String typeName) {
        switch (spec.type()) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return FloatFormatter.format(toDouble(value), spec);
            }
            case 'b', 'c', 'd', 'n', 'o', 'x', 'X' -> {
                return formatInteger(toBig(value), spec);
            }
            default -> throw FormatSpec.unknownType(spec.type(), typeName);
        }
    }

    private static String formatInteger(BigInteger value, FormatSpec spec) {
        if (spec.precision() >= 0) {
            throw KindlingError.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw KindlingError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (spec.type() == 'c') {
            return NumberLayout.layOut(spec, "", "", character(value, spec), "");
        }
        BigInteger abs = value.abs();
        String digits = switch (spec.type()) {
            case 'b' -> abs.toString(2);
            case 'o' -> abs.toString(8);
            case 'x' -> abs.toString(16);
            case 'X' -> abs.toString(16).toUpperCase();
            default -> str(abs);
        };
        String prefix = spec.alternate() ? prefix(spec.type()) : "";
        return NumberLayout.layOut(spec, spec.signFor(value.signum() < 0), prefix, digits, "");
    }

    private static String prefix(int type) {
        return switch (type) {
            case 'b' -> "0b";
            case 'o' -> "0o";
            case 'x' -> "0x";
            case 'X' -> "0X";
            default -> "";
        };
    }

    /** The 'c' type: the character with this code point. */
    private static String character(BigInteger value, FormatSpec spec) {
        if (spec.sign() != 0) {
            throw KindlingError.valueError("Sign not allowed with integer format specifier 'c'");
        }
        if (spec.alternate()) {
            throw KindlingError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (value.bitLength() > 63) {
            throw KindlingError.of(ErrorType.OVERFLOW_ERROR, "Python int too large to convert to C long");
        }
        long cp = value.longValue();
        if (cp < 0 || cp > 0x10ffff) {
            throw KindlingError.of(ErrorType.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
        }
        return new String(Character.toChars((int) cp));
    }

    /** An int (Long or BigInteger) as a BigInteger. */
    public static BigInteger toBig(Object value) {
        return value instanceof BigInteger b ? b : BigInteger.valueOf((Long) value);
    }

    /** {@code float(n)}, correctly rounded; too large an int is an OverflowError, as in CPython. */
    public static double toDouble(Object value) {
        if (value instanceof Long l) {
            return l.doubleValue();
        }
        double d = ((BigInteger) value).doubleValue();
        if (Double.isInfinite(d)) {
            throw KindlingError.of(ErrorType.OVERFLOW_ERROR, "int too large to convert to float");
        }
        return d;
    }
}
