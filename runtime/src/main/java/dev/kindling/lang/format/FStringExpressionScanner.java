package dev.kindling.lang.format;

/**
 * Finds where the expression of an f-string field ends, as the loop in CPython 3.11's
 * {@code fstring_find_expr} does: at the first '!', ':', '}' or '=' outside brackets and strings,
 * where {@code !=}, {@code ==}, {@code <=} and {@code >=} are operators, not ends ('<' and '>'
 * never end one). It also gives
 * CPython's early SyntaxErrors: backslashes, comments, unmatched or mismatched brackets and
 * unterminated strings.
 */
final class FStringExpressionScanner {
    private FStringExpressionScanner() {}

    /** The index of the character that ends the expression starting at {@code start}, or the body's length. */
    static int end(String body, int start, int maxNesting) {
        char[] stack = new char[maxNesting];
        int depth = 0;
        int i = start;
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                throw FStringParser.syntaxError("f-string expression part cannot include a backslash");
            }
            if (c == '\'' || c == '"') {
                i = stringEnd(body, i);
            } else if (c == '[' || c == '{' || c == '(') {
                if (depth >= maxNesting) {
                    throw FStringParser.syntaxError("f-string: too many nested parenthesis");
                }
                stack[depth++] = c;
            } else if (c == '#') {
                throw FStringParser.syntaxError("f-string expression part cannot include '#'");
            } else if (depth == 0 && "!:}=<>".indexOf(c) >= 0) {
                if (i + 1 < body.length() && isTwoCharOperator(c, body.charAt(i + 1))) {
                    i++;
                } else if (c != '<' && c != '>') {
                    break;
                }
            } else if (c == ']' || c == '}' || c == ')') {
                depth = close(stack, depth, c);
            }
        }
        if (depth > 0) {
            throw FStringParser.syntaxError("f-string: unmatched '" + stack[depth - 1] + "'");
        }
        return i;
    }

    private static boolean isTwoCharOperator(char c, char next) {
        return next == '=' && (c == '!' || c == '=' || c == '<' || c == '>');
    }

    private static int close(char[] stack, int depth, char c) {
        if (depth == 0) {
            throw FStringParser.syntaxError("f-string: unmatched '" + c + "'");
        }
        char opening = stack[depth - 1];
        if (!(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}')) {
            throw FStringParser.syntaxError("f-string: closing parenthesis '" + c
                    + "' does not match opening parenthesis '" + opening + "'");
        }
        return depth - 1;
    }

    /** The index of the closing quote of the string (single or triple quoted) opening at {@code i}. */
    private static int stringEnd(String body, int i) {
        char quote = body.charAt(i);
        boolean triple = i + 2 < body.length() && body.charAt(i + 1) == quote && body.charAt(i + 2) == quote;
        int j = triple ? i + 3 : i + 1;
        for (; j < body.length(); j++) {
            char c = body.charAt(j);
            if (c == '\\') {
                throw FStringParser.syntaxError("f-string expression part cannot include a backslash");
            }
            if (c != quote) {
                continue;
            }
            if (!triple) {
                return j;
            }
            if (j + 2 < body.length() && body.charAt(j + 1) == quote && body.charAt(j + 2) == quote) {
                return j + 2;
            }
        }
        throw FStringParser.syntaxError("f-string: unterminated string");
    }
}
