package dev.kindling.lang.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kindling.errors.KindlingError;

/**
 * str.format with the positional arguments {@code (1.5, 'ab', [10, 20], 42)} and the keywords
 * {@code name='x', w=6, p=2, d={'k': 'v'}}; every answer is CPython 3.11's.
 */
class StrFormatTest {
    private static final List<Object> ARGS = List.of(1.5, "ab", List.of(10L, 20L), 42L);
    private static final Map<String, Object> KWARGS = Map.of("name", "x", "w", 6L, "p", 2L, "d", Map.of("k", "v"));
    private static final StrFormat.Accessor PLAIN = new StrFormat.Accessor() {};

    @ParameterizedTest(name = "\"{0}\".format(...) == \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
        "{}|1.5",
        "{} {}|1.5 ab",
        "{0}{0}{1}|1.51.5ab",
        "{name}|x",
        "{name!r}|'x'",
        "{1!r:>6}|  'ab'",
        "{1!s:*^7}|**ab***",
        "{0!a}|1.5",
        "{2[1]}|20",
        "{d[k]}|v",
        "{3:x} {3:#o}|2a 0o52",
        "{0:{w}.{p}f}|  1.50",
        "{0:{w}}|   1.5",
        "{1:{name}>{w}}|xxxxab",
        "{{}} {{{0}}}|{} {1.5}",
        "a{{b|a{b",
        "{3:,}|42",
        "{0:.0%}|150%",
        "{1[1]:}|b",
        "{1[0]}|a",
        "{0.imag}|GETATTR imag",
        "plain|plain",
    })
    void formatsAsCPython(String template, String expected) {
        StrFormat.Accessor withAttributes = new StrFormat.Accessor() {
            @Override
            public Object getattr(Object obj, String name) {
                return "GETATTR " + name;
            }

            @Override
            public Object getitem(Object obj, Object key) {
                return obj instanceof String s ? String.valueOf(s.charAt(((Long) key).intValue()))
                        : PLAIN.getitem(obj, key);
            }
        };
        assertEquals(expected, StrFormat.format(template, ARGS, KWARGS, withAttributes));
    }

    @ParameterizedTest(name = "\"{0}\".format(...) raises {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
        "}|ValueError: Single '}' encountered in format string",
        "a}b|ValueError: Single '}' encountered in format string",
        "{|ValueError: Single '{' encountered in format string",
        "{0|ValueError: expected '}' before end of string",
        "{0[}|ValueError: expected '}' before end of string",
        "{0!}|ValueError: unmatched '{' in format spec",
        "{0:{1}|ValueError: unmatched '{' in format spec",
        "{!|ValueError: end of string while looking for conversion specifier",
        "{0!rx}|ValueError: expected ':' after conversion specifier",
        "{0!x}|ValueError: Unknown conversion specifier x",
        "{0!}}|ValueError: Unknown conversion specifier }",
        "{a{b}c}|ValueError: unexpected '{' in field name",
        "{4}|IndexError: Replacement index 4 out of range for positional args tuple",
        "{}{}{}{}{}|IndexError: Replacement index 4 out of range for positional args tuple",
        "{missing}|KeyError: 'missing'",
        "{ }|KeyError: ' '",
        "{}{0}|ValueError: cannot switch from automatic field numbering to manual field specification",
        "{0}{}|ValueError: cannot switch from manual field specification to automatic field numbering",
        "{0.}|ValueError: Empty attribute in format string",
        "{0[]}|ValueError: Empty attribute in format string",
        "{2[0]x}|ValueError: Only '.' or '[' may follow ']' in format field specifier",
        "{0:{1:{2}}}|ValueError: Max string recursion exceeded",
        "{99999999999999999999}|ValueError: Too many decimal digits in format string",
        "{1:d}|ValueError: Unknown format code 'd' for object of type 'str'",
        "{2[5]}|IndexError: tuple index out of range",
        "{2[-1]}|TypeError: tuple indices must be integers or slices, not str",
        "{d[z]}|KeyError: 'z'",
        "{0.foo}|AttributeError: 'float' object has no attribute 'foo'",
    })
    void raisesCPythonErrors(String template, String expected) {
        KindlingError e = assertThrows(KindlingError.class, () -> StrFormat.format(template, ARGS, KWARGS, PLAIN));
        assertEquals(expected, e.type().pythonName() + ": " + e.getMessage());
    }

    @Test
    void formatMapTakesKeywordsOnly() {
        assertEquals("x!", StrFormat.formatMap("{name}!", KWARGS, PLAIN));
        assertEquals("", StrFormat.formatMap("", KWARGS, PLAIN));
        KindlingError e = assertThrows(KindlingError.class, () -> StrFormat.formatMap("{}", KWARGS, PLAIN));
        assertEquals("Format string contains positional fields", e.getMessage());
    }

    @Test
    void lendsFormattingOfOtherObjectsToTheAccessor() {
        StrFormat.Accessor tensors = new StrFormat.Accessor() {
            @Override
            public String format(Object value, String spec) {
                return value instanceof int[] ? "tensor(" + spec + ")" : StrFormat.Accessor.super.format(value, spec);
            }
        };
        assertEquals("tensor(.2f) 7", StrFormat.format("{:.2f} {}", List.of(new int[0], 7L), Map.of(), tensors));
    }

    @Test
    void defaultAccessorPrintsPlainValuesAsPython() {
        assertEquals("None True 1e+16 'it\\'s \"x\"' \"it's\" 'say \"hi\"' '\\xe9'",
                StrFormat.format("{} {} {} {!r} {!r} {!r} {!a}",
                        java.util.Arrays.asList(null, true, 1e16, "it's \"x\"", "it's", "say \"hi\"", "\u00e9"),
                        Map.of(), PLAIN));
        KindlingError e = assertThrows(KindlingError.class,
                () -> StrFormat.format("{:x}", java.util.Arrays.asList((Object) null), Map.of(), PLAIN));
        assertEquals("unsupported format string passed to NoneType.__format__", e.getMessage());
    }
}
