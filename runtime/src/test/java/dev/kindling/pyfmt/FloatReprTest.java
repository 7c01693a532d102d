package dev.kindling.pyfmt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FloatReprTest {

    @ParameterizedTest(name = "repr({0}) == {1}")
    @CsvSource(delimiter = '|', value = {
        "0.30000000000000004 | 0.30000000000000004",
        "1e-05                | 1e-05",
        "0.0001               | 0.0001",
        "1e16                 | 1e+16",
        "9999999999999998.0   | 9999999999999998.0",
        "1.5                  | 1.5",
        "100.0                | 100.0",
        "1234567890123456.0   | 1234567890123456.0",
        "-0.0                 | -0.0",
        "0.0                  | 0.0",
        "4.9e-324             | 5e-324",
        "1.7976931348623157e308 | 1.7976931348623157e+308",
        "2.2250738585072014e-308 | 2.2250738585072014e-308",
        "1e22                 | 1e+22",
        "1e23                 | 1e+23",
        "2e23                 | 2e+23",
        "1.5e-7               | 1.5e-07",
        "123456789012345678.0 | 1.2345678901234568e+17",
        "0.1                  | 0.1",
        "2.675                | 2.675",
        "-1234.5678           | -1234.5678",
        "9.223372036854776E18 | 9.223372036854776e+18",
    })
    void matchesCPython(double value, String expected) {
        assertEquals(expected, FloatRepr.repr(value));
    }

    @Test
    void writesSpecialValuesAsPython() {
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("nan", FloatRepr.repr(Double.longBitsToDouble(0xfff8000000000000L)));
    }

    @Test
    void agreesWithCPythonOnThousandsOfDoubles() {
        // Random bit patterns, powers of two and ten, short decimals: as recorded from CPython 3.11.
        Golden.checkAll("float_repr.tsv",
                row -> () -> FloatRepr.repr(Double.longBitsToDouble(Long.parseUnsignedLong(row[0], 16))));
    }
}
