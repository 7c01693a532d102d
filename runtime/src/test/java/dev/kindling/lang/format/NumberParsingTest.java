package dev.kindling.lang.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.pyfmt.FloatRepr;

/** int(s, base), float(s) and number literals, with CPython 3.11's answers; the matrix is in parse.tsv. */
class NumberParsingTest {

    @ParameterizedTest(name = "int(\"{0}\", {1}) == {2}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        " 12 |10|12", "0x_1f|0|31", "0x_1f|16|31", "0_0|0|0", "-0x10|0|-16", "0B11|0|3", "z|36|35", "0b1|16|177",
        "1_000|10|1000", "+7|10|7", "99999999999999999999999|10|99999999999999999999999",
        "-9223372036854775808|10|-9223372036854775808", "infinfa0oxxn0|36|88374899816782274700",
        "zzzzzzzzzzzz|36|4738381338321616895", "1ffffffffffffffff|16|36893488147419103231", "\u0663\u0664|10|34", "\u00a0 7\u2003|10|7",
    })
    void parsesInts(String text, int base, String expected) {
        Object value = NumberParsing.parseInt(text, base);
        assertEquals(expected, value.toString());
        assertEquals(new BigInteger(expected).bitLength() < 64 ? Long.class : BigInteger.class, value.getClass());
    }

    @ParameterizedTest(name = "int(\"{0}\", {1}) raises {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
        "abc|10|invalid literal for int() with base 10: 'abc'",
        "010|0|invalid literal for int() with base 0: '010'",
        "1__2|10|invalid literal for int() with base 10: '1__2'",
        "0x|16|invalid literal for int() with base 16: '0x'",
        "+ 1|10|invalid literal for int() with base 10: '+ 1'",
        "1|1|int() base must be >= 2 and <= 36, or 0",
        "1|37|int() base must be >= 2 and <= 36, or 0",
    })
    void rejectsBadInts(String text, int base, String message) {
        KindlingError e = assertThrows(KindlingError.class, () -> NumberParsing.parseInt(text, base));
        assertEquals(ErrorType.VALUE_ERROR, e.type());
        assertEquals(message, e.getMessage());
    }

    @Test
    void limitsDecimalDigits() {
        KindlingError e = assertThrows(KindlingError.class, () -> NumberParsing.parseInt("1".repeat(4301), 10));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
                + "use sys.set_int_max_str_digits() to increase the limit", e.getMessage());
        assertEquals(BigInteger.class, NumberParsing.parseInt("f".repeat(5000), 16).getClass());
    }

    @ParameterizedTest(name = "float(\"{0}\") == {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "1.5|1.5", " 1e-3 |0.001", "inf|inf", "-Infinity|-inf", "nan|nan", "-nAn|nan", "1_000.5|1000.5", ".5|0.5", "5.|5.0",
        "1e5_0|1e+50", "1e400|inf", "1e-400|0.0", "-0|-0.0", "\u0661.\u0665|1.5",
    })
    void parsesFloats(String text, String expected) {
        assertEquals(expected, FloatRepr.repr(NumberParsing.parseFloat(text)));
    }

    @ParameterizedTest(name = "float(\"{0}\") raises")
    @CsvSource(delimiter = '|', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
        "abc|'abc'", "1__0|'1__0'", "1_.5|'1_.5'", "0x1p3|'0x1p3'", "1.5f|'1.5f'", "infinit|'infinit'", ".|'.'", "e5|'e5'",
        "1e_5|'1e_5'", "a\u0300b|'a\u0300b'",
    })
    void rejectsBadFloats(String text, String repr) {
        KindlingError e = assertThrows(KindlingError.class, () -> NumberParsing.parseFloat(text));
        assertEquals("could not convert string to float: " + repr, e.getMessage());
    }

    @Test
    void stripsPythonWhitespaceIncludingNewlines() {
        assertEquals(7L, NumberParsing.parseInt("\u00a0 7\n", 10));
        assertEquals(1.5, NumberParsing.parseFloat("\t1.5\r\n"));
        KindlingError e = assertThrows(KindlingError.class, () -> NumberParsing.parseInt("\n", 10));
        assertEquals("invalid literal for int() with base 10: '\\n'", e.getMessage());
    }

    @Test
    void reportsTheEmptyStringToo() {
        KindlingError e = assertThrows(KindlingError.class, () -> NumberParsing.parseFloat(""));
        assertEquals("could not convert string to float: ''", e.getMessage());
    }

    @ParameterizedTest(name = "literal {0} == {1}")
    @CsvSource({"1_000, 1000", "0x1F, 31", "0o17, 15", "0b101, 5", "0x_1f, 31", "0_0, 0", "00, 0",
        "0xFFFFFFFFFFFFFFFFFF, 4722366482869645213695", "9223372036854775808, 9223372036854775808"})
    void parsesIntLiterals(String token, String expected) {
        assertEquals(expected, NumberParsing.parseIntLiteral(token).toString());
    }

    @ParameterizedTest(name = "literal {0} raises SyntaxError: {1}")
    @CsvSource(delimiter = '|', value = {
        "0777|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        "1__0|invalid decimal literal", "1_|invalid decimal literal", "0x|invalid hexadecimal literal",
        "0xg|invalid hexadecimal literal", "0b2|invalid digit '2' in binary literal",
        "0o8|invalid digit '8' in octal literal", "0b_|invalid binary literal",
    })
    void rejectsBadIntLiterals(String token, String message) {
        KindlingError e = assertThrows(KindlingError.class, () -> NumberParsing.parseIntLiteral(token));
        assertEquals(ErrorType.SYNTAX_ERROR, e.type());
        assertEquals(message, e.getMessage());
    }

    @Test
    void limitsDecimalLiterals() {
        KindlingError e = assertThrows(KindlingError.class, () -> NumberParsing.parseIntLiteral("1".repeat(5000)));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
                + "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
                + "literals to avoid decimal conversion limits.", e.getMessage());
    }

    @ParameterizedTest(name = "literal {0} == {1}")
    @CsvSource({"1e-3, 0.001", "1_000.5, 1000.5", ".5, 0.5", "5., 5.0", "1e1_0, 10000000000.0", "1.e5, 100000.0",
        "0e0, 0.0", "00.5, 0.5", "09.5, 9.5", "1E+5, 100000.0", "1_0e-1_0, 1e-09"})
    void parsesFloatLiterals(String token, String expected) {
        assertEquals(expected, FloatRepr.repr(NumberParsing.parseFloatLiteral(token)));
    }

    @ParameterizedTest(name = "literal {0} raises")
    @CsvSource({"1_e5", "1e", "1_.5", "e5", ".", "1e_5"})
    void rejectsBadFloatLiterals(String token) {
        KindlingError e = assertThrows(KindlingError.class, () -> NumberParsing.parseFloatLiteral(token));
        assertEquals("invalid decimal literal", e.getMessage());
    }
}
