package dev.kindling.lang.format;

import java.math.BigInteger;
import java.util.regex.Pattern;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.pyfmt.IntFormatter;

/**
 * Turns text into Python ints and floats, as {@code int(s, base)}, {@code float(s)} and the
 * number literals of source code do in CPython 3.11: surrounding whitespace, signs,
 * {@code 0x}/{@code 0o}/{@code 0b} prefixes, single underscores between digits, Unicode decimal
 * digits, {@code inf}/{@code nan}, and the limit of 4300 decimal digits. Ints come back as a
 * {@link Long}, or a {@link BigInteger} when they do not fit one.
 *
 * <pre>{@code
 * NumberParsing.parseInt(" 0x_1F ", 0);   // 31L
 * NumberParsing.parseFloat("1_000.5");    // 1000.5
 * NumberParsing.parseInt("abc", 10);      // ValueError: invalid literal for int() with base 10: 'abc'
 * NumberParsing.parseIntLiteral("0b101"); // 5L
 * }</pre>
 */
public final class NumberParsing {
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?|(?i:inf|infinity|nan))");
    private static final Pattern FLOAT_LITERAL = Pattern.compile(
            "(?:[0-9](?:_?[0-9])*)?(?:\\.(?:[0-9](?:_?[0-9])*)?)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?");

    private NumberParsing() {}

    /** {@code int(s, base)}: base 0 reads the base from the prefix, as a literal does. */
    public static Object parseInt(String s, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw KindlingError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        Object value = intBody(strip(toAscii(s)), base);
        if (value == null) {
            // CPython's %.200R: the repr, cut after 200 characters.
            String repr = StringRepr.repr(s);
            if (repr.codePointCount(0, repr.length()) > 200) {
                repr = repr.substring(0, repr.offsetByCodePoints(0, 200));
            }
            throw KindlingError.valueError("invalid literal for int() with base " + base + ": " + repr);
        }
        return value;
    }

    /** {@code float(s)}: a decimal number, {@code inf}, {@code infinity} or {@code nan}, any case, with a sign. */
    public static double parseFloat(String s) {
        String t = strip(toAscii(s));
        String plain = t.indexOf('_') < 0 ? t : withoutUnderscores(t);
        if (plain == null || !FLOAT.matcher(plain).matches()) {
            throw KindlingError.valueError("could not convert string to float: " + StringRepr.repr(s));
        }
        return parseValidFloat(plain);
    }

    /** The value of an int literal token of source code: {@code 1_000}, {@code 0x1F}, {@code 0o17}, {@code 0b101}. */
    public static Object parseIntLiteral(String token) {
        int base = token.length() > 1 && token.charAt(0) == '0' ? prefixBase(token.charAt(1)) : 0;
        if (base != 0) {
            return prefixedLiteral(token, base);
        }
        String digits = digitRun(token, 0, 10);
        if (digits == null) {
            throw syntaxError("invalid decimal literal");
        }
        if (digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0')) {
            throw syntaxError("leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers");
        }
        if (digits.length() > IntFormatter.MAX_STR_DIGITS) {
            throw syntaxError(tooManyDigits(digits.length())
                    + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        }
        return toInt(digits, 10, false);
    }

    /** The value of a float literal token of source code: {@code 1e-3}, {@code 1_000.5}, {@code .5}, {@code 5.}. */
    public static double parseFloatLiteral(String token) {
        if (token.isEmpty() || token.equals(".") || !FLOAT_LITERAL.matcher(token).matches()
                || !Character.isDigit(token.charAt(token.charAt(0) == '.' ? 1 : 0))) {
            throw syntaxError("invalid decimal literal");
        }
        return parseValidFloat(token.replace("_", ""));
    }

    private static Object intBody(String t, int base) {
        int i = 0;
        boolean negative = false;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i++) == '-';
        }
        int b = base == 0 ? 10 : base;
        boolean prefixed = false;
        if (i + 1 < t.length() && t.charAt(i) == '0') {
            int p = prefixBase(t.charAt(i + 1));
            if (p != 0 && (base == 0 || base == p)) {
                b = p;
                i += 2;
                prefixed = true;
            }
        }
        i += prefixed && i < t.length() && t.charAt(i) == '_' ? 1 : 0;
        String digits = digitRun(t, i, b);
        if (digits == null || (base == 0 && !prefixed && digits.charAt(0) == '0' && !allZeros(digits))) {
            return null;
        }
        if (Integer.bitCount(b) != 1 && digits.length() > IntFormatter.MAX_STR_DIGITS) {
            throw KindlingError.valueError(tooManyDigits(digits.length()));
        }
        return toInt(digits, b, negative);
    }

    private static Object prefixedLiteral(String token, int base) {
        int i = token.length() > 2 && token.charAt(2) == '_' ? 3 : 2;
        String digits = digitRun(token, i, base);
        if (digits != null) {
            return toInt(digits, base, false);
        }
        String name = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
        for (int j = i; j < token.length() && base != 16; j++) {
            char c = token.charAt(j);
            if (c >= '0' && c <= '9' && c - '0' >= base) {
                throw syntaxError("invalid digit '" + c + "' in " + name + " literal");
            }
        }
        throw syntaxError("invalid " + name + " literal");
    }

    /**
     * The digits of {@code t} from {@code i} to its end, without underscores, or null unless that
     * is one or more digits of the base with single underscores between them.
     */
    private static String digitRun(String t, int i, int base) {
        StringBuilder digits = new StringBuilder(t.length());
        char previous = '_';
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_' ? previous == '_' : digitValue(c) >= base) {
                return null;
            }
            if (c != '_') {
                digits.append(c);
            }
            previous = c;
        }
        return digits.length() == 0 || previous == '_' ? null : digits.toString();
    }

    /** CPython's {@code _Py_string_to_number_with_underscores}: each '_' must sit between two digits. */
    private static String withoutUnderscores(String t) {
        StringBuilder out = new StringBuilder(t.length());
        char previous = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (c == '_' ? !isDigit(previous) : previous == '_' && !digit) {
                return null;
            }
            if (c != '_') {
                out.append(c);
            }
            previous = c;
        }
        return previous == '_' ? null : out.toString();
    }

    private static double parseValidFloat(String plain) {
        String unsigned = plain.startsWith("+") || plain.startsWith("-") ? plain.substring(1) : plain;
        boolean negative = plain.startsWith("-");
        double value;
        if (unsigned.equalsIgnoreCase("nan")) {
            value = Double.NaN;
        } else if (unsigned.equalsIgnoreCase("inf") || unsigned.equalsIgnoreCase("infinity")) {
            value = Double.POSITIVE_INFINITY;
        } else {
            value = Double.parseDouble(unsigned);
        }
        return negative ? -value : value;
    }

    private static Object toInt(String digits, int base, boolean negative) {
        if (digits.length() <= (base <= 10 ? 18 : 12)) {
            // Fits a long in any base up to 36: 36^12 < 2^63.
            long v = Long.parseLong(digits, base);
            return negative ? -v : v;
        }
        BigInteger v = new BigInteger(digits, base);
        v = negative ? v.negate() : v;
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    private static String tooManyDigits(int digits) {
        return "Exceeds the limit (" + IntFormatter.MAX_STR_DIGITS + " digits) for integer string conversion: "
                + "value has " + digits + " digits; use sys.set_int_max_str_digits() to increase the limit";
    }

    /**
     * CPython's {@code _PyUnicode_TransformDecimalAndSpaceToASCII}: Unicode decimal digits become
     * ASCII digits, Unicode spaces a space, any other non-ASCII character '?'.
     */
    private static String toAscii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 128) {
                out.append((char) cp);
            } else if (isSpace(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Python's {@code str.isspace()} for one character. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || cp == 0x85 || cp == 0xa0 || cp == 0x2007 || cp == 0x202f;
    }

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static int prefixBase(char c) {
        return switch (c) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            case 'b', 'B' -> 2;
            default -> 0;
        };
    }

    /** The value of an ASCII digit or letter (a-z count 10-35), or 99 for anything else. */
    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = Character.toLowerCase(c);
        return lower >= 'a' && lower <= 'z' && c < 128 ? lower - 'a' + 10 : 99;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allZeros(String digits) {
        return digits.chars().allMatch(c -> c == '0');
    }

    private static KindlingError syntaxError(String message) {
        return KindlingError.of(ErrorType.SYNTAX_ERROR, message);
    }
}
