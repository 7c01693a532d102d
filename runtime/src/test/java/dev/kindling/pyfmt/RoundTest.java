package dev.kindling.pyfmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/** round() with CPython 3.11's answers; the golden matrix is in {@link CPythonGoldenTest}. */
class RoundTest {

    @ParameterizedTest(name = "round({0}, {1}) == {2}")
    @CsvSource({
        "2.675, 2, 2.67",
        "-0.5, 0, -0.0",
        "0.5, 0, 0.0",
        "1234.5, -2, 1200.0",
        "1250.0, -2, 1200.0",
        "0.125, 2, 0.12",
        "0.375, 2, 0.38",
        "1e300, -300, 1e+300",
        "4.9e-324, 400, 5e-324",
        "-1e-8, 2, -0.0",
        "1.5, 400, 1.5",
        "123.456, -400, 0.0",
        "-123.456, -400, -0.0",
    })
    void roundsFloatsToDigits(double x, int ndigits, String expected) {
        assertEquals(expected, FloatRepr.repr(Round.round(x, ndigits)));
    }

    @ParameterizedTest(name = "round({0}) == {1}")
    @CsvSource({"0.5, 0", "1.5, 2", "2.5, 2", "-2.5, -2", "-0.4, 0", "1e20, 100000000000000000000",
        "9.223372036854775807E18, 9223372036854775808", "-9.223372036854775807E18, -9223372036854775808"})
    void roundsFloatsToInts(double x, String expected) {
        Object r = Round.round(x);
        assertEquals(expected, r.toString());
        assertEquals(new BigInteger(expected).bitLength() < 64 ? Long.class : BigInteger.class, r.getClass());
    }

    @ParameterizedTest(name = "round({0}, {1}) == {2}")
    @CsvSource({"1250, -2, 1200", "1350, -2, 1400", "-1250, -2, -1200", "1234, -2, 1200", "5, -1, 0", "15, -1, 20",
        "9223372036854775807, -1, 9223372036854775810", "100000000000000000050, -2, 100000000000000000000",
        "12345, 2, 12345", "99, -5, 0"})
    void roundsIntsHalfToEven(String n, int ndigits, String expected) {
        BigInteger big = new BigInteger(n);
        Object value = big.bitLength() < 64 ? (Object) big.longValue() : big;
        assertEquals(expected, Round.roundInt(value, ndigits).toString());
    }

    @Test
    void refusesValuesWithoutAnInteger() {
        KindlingError inf = assertThrows(KindlingError.class, () -> Round.round(Double.POSITIVE_INFINITY));
        assertEquals(ErrorType.OVERFLOW_ERROR, inf.type());
        assertEquals("cannot convert float infinity to integer", inf.getMessage());
        KindlingError nan = assertThrows(KindlingError.class, () -> Round.round(Double.NaN));
        assertEquals(ErrorType.VALUE_ERROR, nan.type());
        assertEquals("cannot convert float NaN to integer", nan.getMessage());
    }

    @Test
    void refusesResultsBeyondTheLargestFloat() {
        KindlingError e = assertThrows(KindlingError.class, () -> Round.round(Double.MAX_VALUE, -308));
        assertEquals(ErrorType.OVERFLOW_ERROR, e.type());
        assertEquals("rounded value too large to represent", e.getMessage());
    }
}
