package dev.kindling.grammar;

import java.util.ArrayDeque;
import java.util.Deque;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * Turns Python's layout into tokens: NEWLINE, INDENT and DEDENT.
 *
 * <p>The generated lexer emits a NEWLINE token for every line break, carrying the white space
 * that starts the next line. This class post-processes that stream, as CPython's tokenizer does:
 * newlines inside brackets are dropped, blank and comment-only lines are collapsed, and a change
 * of indentation becomes INDENT or DEDENT tokens against a stack of open indentation levels.
 * At end of input it closes the last line and every open block. Indentation errors are reported
 * through the lexer's error listeners with their position, prefixed so that the listener can
 * raise IndentationError rather than SyntaxError.
 */
public abstract class KindlingLexerBase extends Lexer {
    /** Messages that start with this prefix are indentation errors. */
    public static final String INDENTATION_PREFIX = "IndentationError: ";
    /** Messages that start with this prefix are syntax errors worded by this class. */
    public static final String SYNTAX_PREFIX = "SyntaxError: ";
    /** CPython's tokenizer limit on open brackets (MAXLEVEL). */
    public static final int MAX_NESTING = 200;

    private static final int TAB_SIZE = 8;

    private final Deque<Token> pending = new ArrayDeque<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private Token lookahead;
    private Token lastEmitted;
    private int openBrackets;
    private boolean firstTokenSeen;

    protected KindlingLexerBase(CharStream input) {
        super(input);
    }

    /** How many brackets are open at the current point; the REPL uses it to ask for more input. */
    public int openBrackets() {
        return openBrackets;
    }

    @Override
    public void reset() {
        super.reset();
        pending.clear();
        indents.clear();
        lookahead = null;
        lastEmitted = null;
        openBrackets = 0;
        firstTokenSeen = false;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            process(pull());
        }
        Token token = pending.poll();
        if (token.getChannel() == Token.DEFAULT_CHANNEL) {
            lastEmitted = token;
        }
        return token;
    }

    private Token pull() {
        if (lookahead != null) {
            Token t = lookahead;
            lookahead = null;
            return t;
        }
        return super.nextToken();
    }

    private void process(Token token) {
        int type = token.getType();
        if (type == Token.EOF) {
            closeAtEndOfInput(token);
        } else if (type == KindlingLexer.NEWLINE) {
            processNewline(token);
        } else {
            checkFirstLineIndent(token);
            trackBrackets(token);
            pending.add(token);
        }
    }

    private void checkFirstLineIndent(Token token) {
        if (!firstTokenSeen) {
            firstTokenSeen = true;
            if (token.getCharPositionInLine() > 0) {
                reportIndentation(token, "unexpected indent");
            }
        }
    }

    private void trackBrackets(Token token) {
        int type = token.getType();
        if (type == KindlingLexer.OPEN_PAREN || type == KindlingLexer.OPEN_BRACK
                || type == KindlingLexer.OPEN_BRACE) {
            openBrackets++;
            if (openBrackets == MAX_NESTING) {
                getErrorListenerDispatch().syntaxError(this, token, token.getLine(), token.getCharPositionInLine(),
                        SYNTAX_PREFIX + "too many nested parentheses", null);
            }
        } else if ((type == KindlingLexer.CLOSE_PAREN || type == KindlingLexer.CLOSE_BRACK
                || type == KindlingLexer.CLOSE_BRACE) && openBrackets > 0) {
            openBrackets--;
        }
    }

    private void processNewline(Token newline) {
        if (openBrackets > 0) {
            return; // implicit line joining inside brackets
        }
        Token next = pull();
        while (next.getType() == KindlingLexer.NEWLINE) {
            newline = next; // a blank or comment-only line: only the last line's indent counts
            next = pull();
        }
        lookahead = next;
        if (next.getType() == Token.EOF) {
            return; // closeAtEndOfInput emits the final NEWLINE and DEDENTs
        }
        if (!firstTokenSeen) {
            firstTokenSeen = true; // leading blank lines: the first real line must start at column 0
            if (indentWidth(newline.getText()) > 0) {
                reportIndentation(next, "unexpected indent");
            }
            return;
        }
        pending.add(derived(newline, KindlingLexer.NEWLINE, "\n", newline));
        adjustIndent(indentWidth(newline.getText()), next);
    }

    private void adjustIndent(int width, Token next) {
        int current = indents.isEmpty() ? 0 : indents.peek();
        if (width > current) {
            indents.push(width);
            pending.add(derived(next, KindlingLexer.INDENT, "<INDENT>", next));
            return;
        }
        while (width < current) {
            indents.pop();
            pending.add(derived(next, KindlingLexer.DEDENT, "<DEDENT>", next));
            current = indents.isEmpty() ? 0 : indents.peek();
        }
        if (width != current) {
            reportIndentation(next, "unindent does not match any outer indentation level");
        }
    }

    private void closeAtEndOfInput(Token eof) {
        boolean lineOpen = lastEmitted != null && lastEmitted.getType() != KindlingLexer.NEWLINE
                && lastEmitted.getType() != KindlingLexer.DEDENT;
        boolean pendingLineOpen = !pending.isEmpty();
        if (lineOpen || pendingLineOpen) {
            pending.add(derived(eof, KindlingLexer.NEWLINE, "\n", eof));
        }
        while (!indents.isEmpty()) {
            indents.pop();
            pending.add(derived(eof, KindlingLexer.DEDENT, "<DEDENT>", eof));
        }
        pending.add(eof);
    }

    private static int indentWidth(String newlineText) {
        int width = 0;
        for (int i = 0; i < newlineText.length(); i++) {
            char c = newlineText.charAt(i);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width = (width / TAB_SIZE + 1) * TAB_SIZE;
            } else if (c == '\r' || c == '\n' || c == '\f') {
                width = 0;
            }
        }
        return width;
    }

    private Token derived(Token at, int type, String text, Token positionOf) {
        CommonToken token = new CommonToken(at);
        token.setType(type);
        token.setText(text);
        if (type == KindlingLexer.NEWLINE && positionOf.getType() == KindlingLexer.NEWLINE) {
            token.setStopIndex(token.getStartIndex());
        }
        return token;
    }

    private void reportIndentation(Token at, String message) {
        getErrorListenerDispatch().syntaxError(this, at, at.getLine(), at.getCharPositionInLine(),
                INDENTATION_PREFIX + message, null);
    }
}
