package dev.kindling.lang.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.pyfmt.FloatText;
import dev.kindling.pyfmt.IntFormatter;

/**
 * The number and character conversions of {@link PercentFormat}: which values each accepts
 * (%d truncates a float, %x wants a true int, %f takes any real number), CPython's type errors for
 * the others, and the digits each writes before padding.
 */
final class PercentValues {
    private PercentValues() {}

    /** %d %i %u %o %x %X: sign, prefix with '#', digits zero-filled to the precision. */
    static String integer(PercentSpec spec, Object value, Function<Object, String> typeName) {
        char type = (char) spec.conversion();
        BigInteger n = toInteger(type, value, typeName);
        String digits = switch (type) {
            case 'o' -> n.abs().toString(8);
            case 'x' -> n.abs().toString(16);
            case 'X' -> n.abs().toString(16).toUpperCase();
            default -> IntFormatter.str(n.abs());
        };
        if (spec.precision() > digits.length()) {
            digits = "0".repeat((int) spec.precision() - digits.length()) + digits;
        }
        String prefix = spec.has(PercentSpec.ALT) && type == 'o' ? "0o"
                : spec.has(PercentSpec.ALT) && (type == 'x' || type == 'X') ? "0" + type : "";
        return (n.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static BigInteger toInteger(char type, Object value, Function<Object, String> typeName) {
        if (value instanceof Long || value instanceof BigInteger || value instanceof Boolean) {
            return IntFormatter.toBig(value instanceof Boolean b ? (Object) (b ? 1L : 0L) : value);
        }
        if (value instanceof Double d && "oxX".indexOf(type) < 0) {
            return truncate(d);
        }
        String wanted = "oxX".indexOf(type) >= 0 ? "an integer" : "a real number";
        throw KindlingError.typeError("%" + type + " format: " + wanted + " is required, not " + typeName.apply(value));
    }

    /** {@code int(d)}: toward zero; nan and infinities cannot be converted. */
    static BigInteger truncate(double d) {
        if (Double.isNaN(d)) {
            throw KindlingError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw KindlingError.of(ErrorType.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        }
        return new BigDecimal(d).toBigInteger();
    }

    /** %e %E %f %F %g %G, precision 6 unless given. */
    static String real(PercentSpec spec, Object value, Function<Object, String> typeName) {
        double x;
        if (value instanceof Double d) {
            x = d;
        } else if (value instanceof Long || value instanceof BigInteger || value instanceof Boolean) {
            x = IntFormatter.toDouble(value instanceof Boolean b ? (Object) (b ? 1L : 0L) : value);
        } else {
            throw KindlingError.typeError("must be real number, not " + typeName.apply(value));
        }
        int precision = spec.precision() < 0 ? 6 : (int) spec.precision();
        return FloatText.convert(x, (char) spec.conversion(), precision, false, spec.has(PercentSpec.ALT), false);
    }

    /** %c: a one-character str, or an int code point. */
    static String character(Object value) {
        if (value instanceof String s && s.codePointCount(0, s.length()) == 1) {
            return s;
        }
        if (value instanceof Long || value instanceof BigInteger || value instanceof Boolean) {
            BigInteger n = IntFormatter.toBig(value instanceof Boolean b ? (Object) (b ? 1L : 0L) : value);
            if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw KindlingError.of(ErrorType.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
            }
            return new String(Character.toChars(n.intValue()));
        }
        throw KindlingError.typeError("%c requires int or char");
    }
}
