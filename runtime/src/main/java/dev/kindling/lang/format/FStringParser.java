package dev.kindling.lang.format;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;

/**
 * Splits the body of an f-string (the text between its quotes) into literal text and
 * replacement fields, as CPython 3.11's {@code Parser/string_parser.c} does, so that a compiler
 * can compile each field's expression on its own. It finds where an expression ends without
 * parsing it: brackets are matched, strings inside it are skipped, and {@code !=}, {@code ==},
 * {@code <=}, {@code >=} do not end it. A format spec may hold fields one level deep.
 *
 * <pre>{@code
 * FStringParser.parse("x={x!r:>{w}} {{ok}}");
 * // [Literal("x="), Field("x", 3, 'r', [Literal(">"), Field("w", 9, 0, null, null)], null), Literal(" {ok}")]
 * }</pre>
 *
 * <p>Literal text comes back as written, with doubled braces made single but backslash escapes
 * left for the caller to decode (in a non-raw f-string {@code \N{...}} is recognised, so its
 * braces do not start a field). Malformed bodies raise a SyntaxError with CPython's message.
 */
public final class FStringParser {
    private static final int MAX_NESTING = 200;

    private final String body;
    private final boolean raw;
    private final ExpressionCheck check;
    private int pos;

    /**
     * Checks a field's expression as soon as its end is found, before its conversion and spec are
     * read: CPython compiles it at that point, so its syntax errors win over later ones.
     */
    @FunctionalInterface
    public interface ExpressionCheck {
        /** Throws the SyntaxError for a malformed expression that starts at {@code offset} in the body. */
        void check(String expression, int offset);
    }

    /** A piece of an f-string: literal text or a replacement field. */
    public sealed interface Part permits Literal, Field {}

    /** Literal text, escapes not yet decoded. */
    public record Literal(String text) implements Part {}

    /**
     * A replacement field {@code {expression=!conversion:spec}}.
     *
     * @param expression the expression's source text, as written (it may start with spaces)
     * @param offset     where the expression starts in the body
     * @param conversion {@code 's'}, {@code 'r'}, {@code 'a'}, or 0 for none; {@code 'r'} for a
     *                   {@code =} field with neither conversion nor spec, as in CPython
     * @param formatSpec the parts of the format spec, or null when there is no ':'
     * @param debugText  for a {@code {x = }} field, the text {@code "x = "} to print before the value; else null
     */
    public record Field(String expression, int offset, char conversion, List<Part> formatSpec, String debugText)
            implements Part {}

    private FStringParser(String body, boolean raw, ExpressionCheck check) {
        this.body = body;
        this.raw = raw;
        this.check = check;
    }

    /** Parses the body of a non-raw f-string. */
    public static List<Part> parse(String body) {
        return parse(body, false);
    }

    /** Parses the body of an f-string; {@code raw} for an rf-string, where a backslash is plain text. */
    public static List<Part> parse(String body, boolean raw) {
        return parse(body, raw, (expression, offset) -> { });
    }

    /** Parses the body of an f-string, letting {@code check} reject each expression where CPython would. */
    public static List<Part> parse(String body, boolean raw, ExpressionCheck check) {
        FStringParser parser = new FStringParser(body, raw, check);
        List<Part> parts = parser.parts(0);
        if (parser.pos < body.length()) {
            throw syntaxError("f-string: unexpected end of string");
        }
        return parts;
    }

    /** Literals and fields up to the end, or (nested in a spec) up to the '}' that ends the spec. */
    private List<Part> parts(int level) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (pos < body.length()) {
            if (literal(level, literal)) {
                continue;
            }
            if (pos >= body.length() || body.charAt(pos) == '}') {
                break;
            }
            flush(literal, parts);
            parts.add(field(level));
        }
        flush(literal, parts);
        return parts;
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    /**
     * CPython's {@code fstring_find_literal}: appends literal text up to a '{' or '}' (or the end);
     * returns true after a doubled brace, when the caller should keep reading literal text.
     */
    private boolean literal(int level, StringBuilder out) {
        while (pos < body.length()) {
            char c = body.charAt(pos);
            if (!raw && c == '\\' && pos + 1 < body.length()) {
                pos = escape(out);
                continue;
            }
            if (c != '{' && c != '}') {
                out.append(c);
                pos++;
                continue;
            }
            if (level == 0 && pos + 1 < body.length() && body.charAt(pos + 1) == c) {
                out.append(c);
                pos += 2;
                return true;
            }
            if (level == 0 && c == '}') {
                throw syntaxError("f-string: single '}' is not allowed");
            }
            return false;
        }
        return false;
    }

    /**
     * Copies a backslash escape: {@code \N{NAME}} whole, so that its braces are not a field; a
     * backslash before a brace alone, since CPython still reads that brace as a brace.
     */
    private int escape(StringBuilder out) {
        char next = body.charAt(pos + 1);
        int end = next == '{' || next == '}' ? pos + 1 : pos + 2;
        if (next == 'N' && end < body.length() && body.charAt(end) == '{') {
            int close = body.indexOf('}', end);
            end = close < 0 ? body.length() : close + 1;
        }
        out.append(body, pos, end);
        return end;
    }

    /** CPython's {@code fstring_find_expr}: one field, from its '{' to just after its '}'. */
    private Field field(int level) {
        if (level >= 2) {
            throw syntaxError("f-string: expressions nested too deeply");
        }
        int start = ++pos;
        pos = FStringExpressionScanner.end(body, start, MAX_NESTING);
        if (pos >= body.length()) {
            throw syntaxError("f-string: expecting '}'");
        }
        String expression = body.substring(start, pos);
        if (expression.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
            char end = body.charAt(pos);
            throw syntaxError(end == '}' ? "f-string: empty expression not allowed"
                    : "f-string: expression required before '" + end + "'");
        }
        check.check(expression, start);
        String debugText = debugText(start);
        char conversion = conversion();
        List<Part> spec = null;
        if (pos < body.length() && body.charAt(pos) == ':') {
            if (++pos >= body.length()) {
                throw syntaxError("f-string: expecting '}'");
            }
            spec = List.copyOf(parts(level + 1));
        }
        if (pos >= body.length() || body.charAt(pos) != '}') {
            throw syntaxError("f-string: expecting '}'");
        }
        pos++;
        conversion = debugText != null && spec == null && conversion == 0 ? 'r' : conversion;
        return new Field(expression, start, conversion, spec, debugText);
    }

    /** After a '=', the expression's text with the '=' and the spaces after it; else null. */
    private String debugText(int start) {
        if (body.charAt(pos) != '=') {
            return null;
        }
        pos++;
        while (pos < body.length() && " \t\n\r\f\u000b".indexOf(body.charAt(pos)) >= 0) {
            pos++;
        }
        return body.substring(start, pos);
    }

    private char conversion() {
        if (pos >= body.length() || body.charAt(pos) != '!') {
            return 0;
        }
        if (++pos >= body.length()) {
            throw syntaxError("f-string: expecting '}'");
        }
        char c = body.charAt(pos++);
        if (c != 's' && c != 'r' && c != 'a') {
            throw syntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        if (pos >= body.length()) {
            throw syntaxError("f-string: expecting '}'");
        }
        return c;
    }

    static KindlingError syntaxError(String message) {
        return KindlingError.of(ErrorType.SYNTAX_ERROR, message);
    }
}
