package dev.kindling.pyfmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * format(value, spec): the common cases one by one, with CPython 3.11's answers; the full matrix
 * is in {@link CPythonGoldenTest}.
 */
class FormatSpecTest {

    /** Rows are value (tagged as in the golden files), spec, and CPython's result; whitespace counts. */
    @ParameterizedTest(name = "format({0}, \"{1}\") == \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
        "i:5|>3d|  5",
        "f:3.14159|.1f|3.1",
        "i:1234567|,|1,234,567",
        "f:0.5|.1%|50.0%",
        "f:2.5e-05|.2e|2.50e-05",
        "s:ab|^10|    ab    ",
        "f:2.5|+.1f|+2.5",
        "i:255|x|ff",
        "i:7|03d|007",
        "s:x|<3|x  ",
        "f:3.0||3.0",
        "f:1e+20||1e+20",
        "f:0.1|g|0.1",
        "f:123456789.0|g|1.23457e+08",
        "f:2.675|.2f|2.67",
        "f:0.125|.2f|0.12",
        "f:1e+22|.0f|10000000000000000000000",
        "b:True|d|1",
        "b:True||True",
        "b:True|>5|    1",
        "b:False|^7|   0   ",
        "i:-42|*^+9|***-42***",
        "i:1234|010,|00,001,234",
        "i:1234|08,|0,001,234",
        "i:255|#x|0xff",
        "i:255|#X|0XFF",
        "i:255|#b|0b11111111",
        "i:8|#o|0o10",
        "i:12345678|_x|bc_614e",
        "i:123456789|_|123_456_789",
        "f:-0.0|z.1f|0.0",
        "f:-0.0001|z.2f|0.00",
        "f:3.0|.2|3.0",
        "f:123.0|.3|1.23e+02",
        "f:123.0|.3g|123",
        "f:1.0|#.0f|1.",
        "f:1.0|#g|1.00000",
        "i:65|c|A",
        "i:128512|c|😀",
        "i:65|05c|0000A",
        "f:inf|010|0000000inf",
        "f:nan|+|+nan",
        "f:-inf|F|-INF",
        "f:1234567.891|,.2f|1,234,567.89",
        "i:18446744073709551616|,|18,446,744,073,709,551,616",
        "i:-1180591620717411303424|_x|-40_0000_0000_0000_0000",
        "i:42|.2f|42.00",
        "i:42|%|4200.000000%",
        "i:42|e|4.200000e+01",
        "s:héllo|.2|hé",
        "s:日本|*>6|****日本",
        "f:1.5|0<6|1.5000",
        "s:x|05|x0000",
        "f:1e+16|n|1e+16",
        "i:1234567|n|1234567",
        "f:0.0001||0.0001",
        "f:1e-05||1e-05",
        "f:-1.5| 8.2f|   -1.50",
        "f:-1.5|=+8|-    1.5",
        "f:1.5|010|00000001.5",
        "i:1000000000000000000000000000000|d|1000000000000000000000000000000",
        "i:-7|#010b|-0b0000111",
        "i:3|é^5|éé3éé"
    })
    void formatsAsCPython(String value, String spec, String expected) {
        assertEquals(expected, FormatSpec.format(Golden.value(value), orEmpty(spec)));
    }

    @ParameterizedTest(name = "format({0}, \"{1}\") raises {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
        "f:1.5|d|ValueError: Unknown format code 'd' for object of type 'float'",
        "i:1|s|ValueError: Unknown format code 's' for object of type 'int'",
        "s:x|d|ValueError: Unknown format code 'd' for object of type 'str'",
        "b:True|s|ValueError: Unknown format code 's' for object of type 'bool'",
        "i:1|,,|ValueError: Cannot specify ',' with ','.",
        "i:1|,_|ValueError: Cannot specify both ',' and '_'.",
        "i:1|_,|ValueError: Cannot specify both ',' and '_'.",
        "i:1|.|ValueError: Format specifier missing precision",
        "i:1|x,|ValueError: Invalid format specifier 'x,' for object of type 'int'",
        "i:1|ss|ValueError: Invalid format specifier 'ss' for object of type 'int'",
        "i:1|.2|ValueError: Precision not allowed in integer format specifier",
        "i:1|z|ValueError: Negative zero coercion (z) not allowed in integer format specifier",
        "s:x|z|ValueError: Negative zero coercion (z) not allowed in string format specifier",
        "s:x|+|ValueError: Sign not allowed in string format specifier",
        "s:x| |ValueError: Space not allowed in string format specifier",
        "s:x|#|ValueError: Alternate form (#) not allowed in string format specifier",
        "s:x|=5|ValueError: '=' alignment not allowed in string format specifier",
        "i:65|+c|ValueError: Sign not allowed with integer format specifier 'c'",
        "i:65|#c|ValueError: Alternate form (#) not allowed with integer format specifier 'c'",
        "i:-1|c|OverflowError: %c arg not in range(0x110000)",
        "i:1114112|c|OverflowError: %c arg not in range(0x110000)",
        "i:1|,x|ValueError: Cannot specify ',' with 'x'.",
        "i:1|_c|ValueError: Cannot specify '_' with 'c'.",
        "i:1|,n|ValueError: Cannot specify ',' with 'n'.",
        "f:1.5|.99999999999f|ValueError: precision too big",
        "i:1|99999999999999999999|ValueError: Too many decimal digits in format string",
        "i:1180591620717411303424|c|OverflowError: Python int too large to convert to C long",
        "f:1.5|c|ValueError: Unknown format code 'c' for object of type 'float'",
        "s:x|,|ValueError: Cannot specify ',' with 's'.",
        "i:1|\u007f|ValueError: Unknown format code '\u007f' for object of type 'int'",
        "f:1.5|%%|ValueError: Invalid format specifier '%%' for object of type 'float'"
    })
    void raisesCPythonErrors(String value, String spec, String expected) {
        KindlingError e = assertThrows(KindlingError.class,
                () -> FormatSpec.format(Golden.value(value), orEmpty(spec)));
        assertEquals(expected, e.type().pythonName() + ": " + e.getMessage());
    }

    @Test
    void refusesIntsTooLargeForFloat() {
        KindlingError e = assertThrows(KindlingError.class, () -> FormatSpec.format(BigInteger.TEN.pow(400), "f"));
        assertEquals(ErrorType.OVERFLOW_ERROR, e.type());
        assertEquals("int too large to convert to float", e.getMessage());
    }

    @Test
    void limitsDecimalDigitsOfHugeInts() {
        BigInteger huge = BigInteger.TEN.pow(5000);
        KindlingError e = assertThrows(KindlingError.class, () -> FormatSpec.format(huge, "d"));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit", e.getMessage());
        assertEquals(4153, FormatSpec.format(huge, "x").length());
    }

    @Test
    void parsesEveryPartOfASpec() {
        FormatSpec spec = FormatSpec.parse("*^+z#012_.3f", "float", '>', 0);
        assertEquals(new FormatSpec('*', '^', '+', true, true, 12, '_', 3, 3, 'f'), spec);
        assertEquals(new FormatSpec('0', '=', (char) 0, false, false, 5, (char) 0, 0, -1, 'd'),
                FormatSpec.parse("05", "int", '>', 'd'));
        assertEquals(new FormatSpec('0', '<', (char) 0, false, false, 5, (char) 0, 0, -1, 's'),
                FormatSpec.parse("05", "str", '<', 's'));
        assertEquals(4, FormatSpec.parse("_x", "int", '>', 'd').groupSize());
    }

    @Test
    void rejectsValuesOfOtherTypes() {
        KindlingError e = assertThrows(KindlingError.class, () -> FormatSpec.format(new Object(), "x"));
        assertEquals(ErrorType.TYPE_ERROR, e.type());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
