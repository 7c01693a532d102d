package dev.kindling.lang.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.kindling.errors.KindlingError;

/** {@code template % args} with tuples (Lists), dicts (Maps) and single values; answers from CPython 3.11. */
class PercentFormatTest {
    private static final StrFormat.Accessor PLAIN = new StrFormat.Accessor() {};
    private static final Function<Object, String> STR = PLAIN::str;
    private static final Function<Object, String> REPR = PLAIN::repr;

    static Stream<Arguments> formatted() {
        return Stream.of(
                Arguments.of("%s and %r", List.of("a", "b"), "a and 'b'"),
                Arguments.of("%5.1f|%-4d|%s", List.of(3.14159, 42L, "x"), "  3.1|42  |x"),
                Arguments.of("%(n)03d", Map.of("n", 7L), "007"),
                Arguments.of("%(a)s %(a)r", Map.of("a", "x"), "x 'x'"),
                Arguments.of("%*d|%-*d|%.*f", List.of(5L, 1L, 4L, 2L, 2L, 3.14159), "    1|2   |3.14"),
                Arguments.of("%%|%c%c", List.of(65L, "b"), "%|Ab"),
                Arguments.of("%d%%", 50L, "50%"),
                Arguments.of("%s", List.of(1L), "1"),
                Arguments.of("%x %X %o %#x %#o", List.of(255L, 255L, 8L, 255L, 8L), "ff FF 10 0xff 0o10"),
                Arguments.of("%i %u", List.of(3.7, -3.7), "3 -3"),
                Arguments.of("%e|%g|%G", List.of(12345.678, 1.234e-05, 1e+20), "1.234568e+04|1.234e-05|1E+20"),
                Arguments.of("%+d % d", List.of(5L, 5L), "+5  5"),
                Arguments.of("%a", "\u00e9", "'\\xe9'"),
                Arguments.of("%(x)s%%", Map.of("x", 1L), "1%"),
                Arguments.of("", Map.of(), ""),
                Arguments.of("", List.of(), ""),
                Arguments.of("%r", 1.5, "1.5"),
                Arguments.of("no args", List.of(), "no args"),
                Arguments.of("%.2f%%", 0.125, "0.12%"),
                Arguments.of("%s|%s|%s", List.of(true, 1e16, 2.675), "True|1e+16|2.675"),
                Arguments.of("%d", java.math.BigInteger.TEN.pow(30), "1000000000000000000000000000000"),
                Arguments.of("%ld %hd %Ld", List.of(1L, 2L, 3L), "1 2 3"));
    }

    @ParameterizedTest(name = "{0} % {1} == {2}")
    @MethodSource("formatted")
    void formatsAsCPython(String template, Object args, String expected) {
        assertEquals(expected, PercentFormat.format(template, args, STR, REPR));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("%s %s", List.of("a"), "TypeError: not enough arguments for format string"),
                Arguments.of("%s", List.of("a", "b"), "TypeError: not all arguments converted during string formatting"),
                Arguments.of("abc", 1L, "TypeError: not all arguments converted during string formatting"),
                Arguments.of("%d", "x", "TypeError: %d format: a real number is required, not str"),
                Arguments.of("%i", null, "TypeError: %i format: a real number is required, not NoneType"),
                Arguments.of("%x", 1.5, "TypeError: %x format: an integer is required, not float"),
                Arguments.of("%f", "x", "TypeError: must be real number, not str"),
                Arguments.of("%c", "ab", "TypeError: %c requires int or char"),
                Arguments.of("%c", 1.5, "TypeError: %c requires int or char"),
                Arguments.of("%c", 1114112L, "OverflowError: %c arg not in range(0x110000)"),
                Arguments.of("%(a", Map.of("a", 1L), "ValueError: incomplete format key"),
                Arguments.of("%(a)s", List.of("x"), "TypeError: format requires a mapping"),
                Arguments.of("%(b)s", Map.of("a", 1L), "KeyError: 'b'"),
                Arguments.of("%(a)s %s", Map.of("a", 1L), "TypeError: not enough arguments for format string"),
                Arguments.of("%", List.of(), "ValueError: incomplete format"),
                Arguments.of("%5", List.of(1L), "ValueError: incomplete format"),
                Arguments.of("%z", List.of(1L), "ValueError: unsupported format character 'z' (0x7a) at index 1"),
                Arguments.of("%\u00e9", 1L, "ValueError: unsupported format character '?' (0xe9) at index 1"),
                Arguments.of("%5%", List.of(), "TypeError: not enough arguments for format string"),
                Arguments.of("%5%", 1L, "ValueError: unsupported format character '%' (0x25) at index 2"),
                Arguments.of("%*d", List.of("a", 1L), "TypeError: * wants int"),
                Arguments.of("%d", Double.POSITIVE_INFINITY, "OverflowError: cannot convert float infinity to integer"),
                Arguments.of("%d", Double.NaN, "ValueError: cannot convert float NaN to integer"),
                Arguments.of("%.99999999999f", 1.0, "ValueError: precision too big"),
                Arguments.of("%99999999999999999999d", 1L, "ValueError: width too big"));
    }

    @ParameterizedTest(name = "{0} % {1} raises {2}")
    @MethodSource("errors")
    void raisesCPythonErrors(String template, Object args, String expected) {
        KindlingError e = assertThrows(KindlingError.class, () -> PercentFormat.format(template, args, STR, REPR));
        assertEquals(expected, e.type().pythonName() + ": " + e.getMessage());
    }

    @Test
    void usesTheInterpretersTypeNames() {
        KindlingError e = assertThrows(KindlingError.class,
                () -> PercentFormat.format("%d", new Object(), STR, REPR, v -> "Point"));
        assertEquals("%d format: a real number is required, not Point", e.getMessage());
    }

    @Test
    void keepsTheInterpretersOwnMappingForPlainConversions() {
        Object dict = new Object() {
            @Override
            public String toString() {
                return "{'a': 1}";
            }
        };
        Map<String, Object> view = Map.of("a", 1L);
        assertEquals("{'a': 1} 1", PercentFormat.format("%s %(a)d", dict, view, String::valueOf, REPR,
                PercentFormat::javaTypeName));
        assertEquals("", PercentFormat.format("", dict, view, String::valueOf, REPR, PercentFormat::javaTypeName));
    }

    @Test
    void printsAMappingGivenToAPlainConversionAsOneValue() {
        assertEquals("{a}", PercentFormat.format("%s", Map.of("a", 1L), v -> "{a}", REPR));
        assertEquals("x", PercentFormat.format("x", Arrays.asList(), STR, REPR));
    }
}
