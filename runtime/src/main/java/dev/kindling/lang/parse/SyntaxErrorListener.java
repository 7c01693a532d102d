package dev.kindling.lang.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingSyntaxError;
import dev.kindling.grammar.KindlingLexer;
import dev.kindling.grammar.KindlingLexerBase;
import dev.kindling.lang.eval.Source;

/**
 * Fails fast on the first lexer or parser error and words it as CPython 3.11 would, naming the
 * line and column: unclosed brackets, unterminated strings, missing indented blocks, invalid
 * characters, and plain "invalid syntax" for the rest.
 */
final class SyntaxErrorListener extends BaseErrorListener {
    private final Source source;
    private final KindlingLexer lexer;
    private BufferedTokenStream tokens;

    private static final Set<Integer> BLOCK_KEYWORDS = Set.of(KindlingLexer.IF, KindlingLexer.ELIF,
            KindlingLexer.ELSE, KindlingLexer.FOR, KindlingLexer.WHILE, KindlingLexer.DEF, KindlingLexer.CLASS,
            KindlingLexer.TRY, KindlingLexer.EXCEPT, KindlingLexer.FINALLY, KindlingLexer.WITH);

    SyntaxErrorListener(Source source, KindlingLexer lexer) {
        this.source = source;
        this.lexer = lexer;
    }

    void setTokens(BufferedTokenStream tokens) {
        this.tokens = tokens;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
            RecognitionException e) {
        if (msg.startsWith(KindlingLexerBase.INDENTATION_PREFIX)) {
            throw error(ErrorType.INDENTATION_ERROR, msg.substring(KindlingLexerBase.INDENTATION_PREFIX.length()), line,
                    column, false);
        }
        if (msg.startsWith(KindlingLexerBase.SYNTAX_PREFIX)) {
            throw error(ErrorType.SYNTAX_ERROR, msg.substring(KindlingLexerBase.SYNTAX_PREFIX.length()), line, column,
                    false);
        }
        if (recognizer instanceof Lexer) {
            throw error(ErrorType.SYNTAX_ERROR, "invalid syntax", line, column, false);
        }
        Token token = offending instanceof Token t ? t : null;
        throw describe(token, line, column);
    }

    private KindlingSyntaxError describe(Token token, int line, int column) {
        if (token != null && token.getType() == KindlingLexer.ERROR_CHAR) {
            return invalidCharacter(token);
        }
        boolean atEnd = token == null || token.getType() == Token.EOF
                || (token.getType() == KindlingLexer.DEDENT && token.getStartIndex() >= source.text().length())
                || (token.getType() == KindlingLexer.NEWLINE && token.getStartIndex() >= source.text().length());
        if (lexer.openBrackets() > 0 && atEnd) {
            Token open = lastUnclosed(token);
            if (open != null) {
                return error(ErrorType.SYNTAX_ERROR, "'" + open.getText() + "' was never closed", open.getLine(),
                        open.getCharPositionInLine(), true);
            }
        }
        if (token != null && token.getType() != KindlingLexer.INDENT && expectsBlock(token)) {
            Token header = blockHeader(token);
            String after = header == null ? "" : " after '" + header.getText() + "' statement on line " + header.getLine();
            int errLine = token.getType() == Token.EOF ? Math.max(1, line) : token.getLine();
            return error(ErrorType.INDENTATION_ERROR, "expected an indented block" + after, errLine,
                    token.getCharPositionInLine(), atEnd);
        }
        if (token != null && token.getType() == KindlingLexer.INDENT) {
            return error(ErrorType.INDENTATION_ERROR, "unexpected indent", token.getLine(), 0, false);
        }
        if (token != null && (token.getType() == KindlingLexer.NEWLINE || token.getType() == Token.EOF)
                && lexer.openBrackets() == 0 && headerWithoutColon(token)) {
            return error(ErrorType.SYNTAX_ERROR, "expected ':'", line, column, false);
        }
        KindlingSyntaxError unclosed = unclosedAtEndOfInput();
        if (unclosed != null) {
            return unclosed;
        }
        return error(ErrorType.SYNTAX_ERROR, "invalid syntax", line, column, atEnd);
    }

    /**
     * As CPython does after a plain syntax error, tokenizes the rest of the input: a tokenizer
     * error there (an unterminated string, a bracket never closed) explains the problem better.
     */
    private KindlingSyntaxError unclosedAtEndOfInput() {
        if (tokens == null) {
            return null;
        }
        tokens.fill();
        if (lexer.openBrackets() == 0) {
            return null;
        }
        Token open = lastUnclosed(null);
        return open == null ? null : error(ErrorType.SYNTAX_ERROR, "'" + open.getText() + "' was never closed",
                open.getLine(), open.getCharPositionInLine(), true);
    }

    /** True when the token comes right after a block header's colon and newline. */
    private boolean expectsBlock(Token token) {
        Token previous = previousToken(token, 1);
        if (previous != null && previous.getType() == KindlingLexer.NEWLINE) {
            previous = previousToken(token, 2);
        }
        return previous != null && previous.getType() == KindlingLexer.COLON;
    }

    private Token previousToken(Token token, int back) {
        int i = token.getTokenIndex() - back;
        return tokens == null || i < 0 ? null : tokens.get(i);
    }

    /** True when the line ending at {@code end} starts with a block keyword and has no colon. */
    private boolean headerWithoutColon(Token end) {
        Token header = blockHeader(end);
        if (header == null || header.getLine() != end.getLine()) {
            return false;
        }
        for (int i = header.getTokenIndex(); i < end.getTokenIndex(); i++) {
            if (tokens.get(i).getType() == KindlingLexer.COLON) {
                return false;
            }
        }
        return true;
    }

    /** The keyword that starts the block header before {@code token}, e.g. 'if'. */
    private Token blockHeader(Token token) {
        if (tokens == null) {
            return null;
        }
        for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (BLOCK_KEYWORDS.contains(t.getType())) {
                Token before = i > 0 ? tokens.get(i - 1) : null;
                if (before == null || before.getType() == KindlingLexer.NEWLINE || before.getType() == KindlingLexer.INDENT
                        || before.getType() == KindlingLexer.DEDENT || before.getType() == KindlingLexer.COLON) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The innermost bracket still open when the input ended. */
    private Token lastUnclosed(Token at) {
        if (tokens == null) {
            return null;
        }
        Deque<Token> open = new ArrayDeque<>();
        int end = at == null ? tokens.size() : at.getTokenIndex();
        for (int i = 0; i < end && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.getType()) {
                case KindlingLexer.OPEN_PAREN, KindlingLexer.OPEN_BRACK, KindlingLexer.OPEN_BRACE -> open.push(t);
                case KindlingLexer.CLOSE_PAREN, KindlingLexer.CLOSE_BRACK, KindlingLexer.CLOSE_BRACE -> {
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                }
                default -> { }
            }
        }
        return open.peek();
    }

    private KindlingSyntaxError invalidCharacter(Token token) {
        String text = token.getText();
        if (text.equals("'") || text.equals("\"")) {
            boolean triple = source.text().startsWith(text.repeat(3), token.getStartIndex());
            int lastLine = source.text().split("\r\n|\r|\n", -1).length;
            String message = triple ? "unterminated triple-quoted string literal (detected at line " + lastLine + ")"
                    : "unterminated string literal (detected at line " + token.getLine() + ")";
            return error(ErrorType.SYNTAX_ERROR, message, token.getLine(), token.getCharPositionInLine(), triple);
        }
        if (text.equals("\\")) {
            return error(ErrorType.SYNTAX_ERROR, "unexpected character after line continuation character",
                    token.getLine(), token.getCharPositionInLine(), false);
        }
        int cp = text.codePointAt(0);
        String message = isPrintable(cp) ? String.format("invalid character '%s' (U+%04X)", text, cp)
                : String.format("invalid non-printable character U+%04X", cp);
        return error(ErrorType.SYNTAX_ERROR, message, token.getLine(), token.getCharPositionInLine(), false);
    }

    /** CPython's str.isprintable for one code point: not a control, format, separator or unassigned one. */
    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
    }

    KindlingSyntaxError error(ErrorType type, String message, int line, int column, boolean incomplete) {
        return new KindlingSyntaxError(type, message, source.name(), line, column, source.line(line), incomplete);
    }
}
