package dev.kindling.lang.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.format.FStringParser.Field;
import dev.kindling.lang.format.FStringParser.Literal;
import dev.kindling.lang.format.FStringParser.Part;

/** f-string bodies split as CPython 3.11 splits them (checked with its ast module), errors included. */
class FStringParserTest {

    private static Field field(String expression, int offset) {
        return new Field(expression, offset, (char) 0, null, null);
    }

    private static Field field(String expression, int offset, char conversion, List<Part> spec) {
        return new Field(expression, offset, conversion, spec, null);
    }

    @Test
    void splitsLiteralsAndFields() {
        assertEquals(List.of(new Literal("x="),
                field("x", 3, 'r', List.of(new Literal(">"), field("w", 9))),
                new Literal(" {ok}")), FStringParser.parse("x={x!r:>{w}} {{ok}}"));
        assertEquals(List.of(), FStringParser.parse(""));
        assertEquals(List.of(new Literal("plain")), FStringParser.parse("plain"));
        assertEquals(List.of(new Literal("{x}")), FStringParser.parse("{{x}}"));
    }

    @Test
    void findsTheEndOfAnExpressionWithoutParsingIt() {
        assertEquals(List.of(field("d['k']", 1)), FStringParser.parse("{d['k']}"));
        assertEquals(List.of(field("a if b else c", 1)), FStringParser.parse("{a if b else c}"));
        assertEquals(List.of(field("a!=b", 1)), FStringParser.parse("{a!=b}"));
        assertEquals(List.of(field("a<b", 1)), FStringParser.parse("{a<b}"));
        assertEquals(List.of(field("a>=b", 1)), FStringParser.parse("{a>=b}"));
        assertEquals(List.of(field("a==b", 1)), FStringParser.parse("{a==b}"));
        assertEquals(List.of(field("(x:=10)", 1)), FStringParser.parse("{(x:=10)}"));
        assertEquals(List.of(field(" {'a': 1}['a']", 1)), FStringParser.parse("{ {'a': 1}['a']}"));
        assertEquals(List.of(field("\"\"\"a}\"\"\"", 1)), FStringParser.parse("{\"\"\"a}\"\"\"}"));
        assertEquals(List.of(field(" x ", 1)), FStringParser.parse("{ x }"));
    }

    @Test
    void readsFormatSpecsWithNestedFields() {
        assertEquals(List.of(field("'x'", 1, (char) 0, List.of(new Literal("<3")))), FStringParser.parse("{'x':<3}"));
        assertEquals(List.of(field("x", 1, (char) 0,
                List.of(field("w", 4), new Literal("."), field("p", 8), new Literal("f")))),
                FStringParser.parse("{x:{w}.{p}f}"));
        assertEquals(List.of(field("x", 1, (char) 0, List.of(new Literal("=10")))), FStringParser.parse("{x:=10}"));
        assertEquals(List.of(field("x", 1, (char) 0, List.of())), FStringParser.parse("{x:}"));
        assertEquals(List.of(field("x", 1, (char) 0, List.of(field("{}", 4)))), FStringParser.parse("{x:{{}}}"));
        assertEquals(List.of(field("x", 1, (char) 0, List.of(field("y", 4, 'r', null)))),
                FStringParser.parse("{x:{y!r}}"));
    }

    @Test
    void keepsDebugTextOfSelfDocumentingFields() {
        assertEquals(List.of(new Field("x", 1, 'r', null, "x=")), FStringParser.parse("{x=}"));
        assertEquals(List.of(new Field("x ", 1, 's', List.of(new Literal(">4")), "x = ")),
                FStringParser.parse("{x = !s:>4}"));
        assertEquals(List.of(new Field("x", 1, (char) 0, List.of(new Literal("^9")), "x=")),
                FStringParser.parse("{x=:^9}"));
        assertEquals(List.of(field("x", 1, (char) 0, List.of(new Field("y", 4, 'r', null, "y=")))),
                FStringParser.parse("{x:{y=}}"));
    }

    @Test
    void leavesEscapesToTheCallerButSkipsNamedEscapes() {
        assertEquals(List.of(new Literal("\\N{DASH}"), field("x", 9)), FStringParser.parse("\\N{DASH}{x}"));
        assertEquals(List.of(new Literal("a\\tb")), FStringParser.parse("a\\tb"));
        assertEquals(List.of(new Literal("\\N"), field("x", 3)), FStringParser.parse("\\N{x}", true));
        // A backslash before a brace stays literal text (CPython decodes a lone one as itself).
        assertEquals(List.of(new Literal("\\"), field("x", 2)), FStringParser.parse("\\{x}"));
    }

    @Test
    void checksEachExpressionBeforeReadingItsSpec() {
        // CPython compiles "lambda" (cut short by the ':') before it reads the spec, which has no '}'.
        FStringParser.ExpressionCheck compiler = (expression, offset) -> {
            if (expression.startsWith("lambda")) {
                throw FStringParser.syntaxError("f-string: invalid syntax");
            }
        };
        KindlingError e = assertThrows(KindlingError.class, () -> FStringParser.parse("{lambda: 1", false, compiler));
        assertEquals("f-string: invalid syntax", e.getMessage());
        List<String> seen = new java.util.ArrayList<>();
        FStringParser.parse("{a}{b:{c}}", false, (expression, offset) -> seen.add(expression + "@" + offset));
        assertEquals(List.of("a@1", "b@4", "c@7"), seen);
    }

    @ParameterizedTest(name = "f\"{0}\" raises SyntaxError: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
        "{x!}|f-string: invalid conversion character: expected 's', 'r', or 'a'",
        "{x!z}|f-string: invalid conversion character: expected 's', 'r', or 'a'",
        "{x!r|f-string: expecting '}'",
        "{<|f-string: expecting '}'",
        "{a>|f-string: expecting '}'",
        "{a!|f-string: expecting '}'",
        "{x|f-string: expecting '}'",
        "{x!r=}|f-string: expecting '}'",
        "{x:|f-string: expecting '}'",
        "{x:>{w}|f-string: expecting '}'",
        "{}|f-string: empty expression not allowed",
        "{ }|f-string: empty expression not allowed",
        "{!r}|f-string: expression required before '!'",
        "{ !z}|f-string: expression required before '!'",
        "{:x}|f-string: expression required before ':'",
        "{=}|f-string: expression required before '='",
        "}|f-string: single '}' is not allowed",
        "a}b|f-string: single '}' is not allowed",
        "{x}}|f-string: single '}' is not allowed",
        "{x:}}|f-string: single '}' is not allowed",
        "{{}|f-string: single '}' is not allowed",
        "{x:{y:{z}}}|f-string: expressions nested too deeply",
        "{'a}|f-string: unterminated string",
        "{a[}|f-string: closing parenthesis '}' does not match opening parenthesis '['",
        "{(}|f-string: closing parenthesis '}' does not match opening parenthesis '('",
        "{(a]}|f-string: closing parenthesis ']' does not match opening parenthesis '('",
        "{a)}|f-string: unmatched ')'",
        "{a(|f-string: unmatched '('",
        "{a#}|f-string expression part cannot include '#'",
        "{a\\n}|f-string expression part cannot include a backslash",
        "{'\\n'}|f-string expression part cannot include a backslash",
    })
    void raisesCPythonSyntaxErrors(String body, String message) {
        KindlingError e = assertThrows(KindlingError.class, () -> FStringParser.parse(body));
        assertEquals(ErrorType.SYNTAX_ERROR, e.type());
        assertEquals(message, e.getMessage());
    }
}
