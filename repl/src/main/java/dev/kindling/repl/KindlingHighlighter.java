package dev.kindling.repl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import dev.kindling.grammar.KindlingLexer;

/**
 * Colours the entry from the grammar's own lexer, so the REPL and the parser never disagree about
 * what is a keyword, a string or a number. Builtins are names from the session's builtins module;
 * the bracket matching the one at (or just before) the cursor is shown in reverse video, and a
 * closing bracket with no partner in red. With colours off (dumb terminal, {@code NO_COLOR}) the
 * text comes back plain.
 */
final class KindlingHighlighter implements Highlighter {
    static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle BUILTIN = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).italic();
    static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    static final AttributedStyle MATCH = AttributedStyle.DEFAULT.inverse();
    static final AttributedStyle UNMATCHED = AttributedStyle.BOLD.foreground(AttributedStyle.RED);

    private final boolean colour;
    private final java.util.function.Supplier<Set<String>> builtins;

    KindlingHighlighter(boolean colour, java.util.function.Supplier<Set<String>> builtins) {
        this.colour = colour;
        this.builtins = builtins;
    }

    /** Colours are off on a dumb terminal and whenever NO_COLOR is set (https://no-color.org). */
    static boolean colourWanted(String terminalType) {
        String noColor = System.getenv("NO_COLOR");
        return (noColor == null || noColor.isEmpty()) && terminalType != null
                && !terminalType.startsWith("dumb");
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        int cursor = reader == null ? -1 : reader.getBuffer().cursor();
        return highlight(buffer, cursor);
    }

    AttributedString highlight(String buffer, int cursor) {
        if (!colour || buffer.isEmpty()) {
            return new AttributedString(buffer);
        }
        AttributedStyle[] styles = new AttributedStyle[buffer.length()];
        if (buffer.stripLeading().startsWith(":")) {
            int end = buffer.indexOf(' ');
            paint(styles, 0, end < 0 ? buffer.length() : end, COMMAND);
        } else {
            paintTokens(buffer, styles);
            paintComments(buffer, styles);
            paintBrackets(buffer, styles, cursor);
        }
        AttributedStringBuilder sb = new AttributedStringBuilder(buffer.length());
        for (int i = 0; i < buffer.length(); i++) {
            sb.style(styles[i] == null ? AttributedStyle.DEFAULT : styles[i]).append(buffer.charAt(i));
        }
        return sb.toAttributedString();
    }

    private void paintTokens(String buffer, AttributedStyle[] styles) {
        KindlingLexer lexer = new KindlingLexer(CharStreams.fromString(buffer));
        lexer.removeErrorListeners();
        Set<String> names = builtins.get();
        try {
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                AttributedStyle style = styleOf(t, names);
                if (style != null && t.getStartIndex() >= 0) {
                    paint(styles, t.getStartIndex(), t.getStopIndex() + 1, style);
                }
            }
        } catch (RuntimeException e) {
            // An unfinished entry may confuse the indentation logic; what was painted stays.
        }
    }

    private static AttributedStyle styleOf(Token t, Set<String> builtinNames) {
        int type = t.getType();
        if (type == KindlingLexer.STRING) {
            return STRING;
        }
        if (type == KindlingLexer.NUMBER) {
            return NUMBER;
        }
        if (type == KindlingLexer.NAME) {
            return builtinNames.contains(t.getText()) ? BUILTIN : null;
        }
        String symbolic = KindlingLexer.VOCABULARY.getSymbolicName(type);
        String literal = KindlingLexer.VOCABULARY.getLiteralName(type);
        if (symbolic != null && literal != null && literal.length() > 2
                && Character.isLetter(literal.charAt(1))) {
            return KEYWORD;
        }
        return null;
    }

    private static final Pattern COMMENT_OR_STRING = Pattern.compile(
            "#[^\\n]*|'''[\\s\\S]*?(?:'''|$)|\"\"\"[\\s\\S]*?(?:\"\"\"|$)|'(?:\\\\.|[^'\\\\\\n])*'?|\"(?:\\\\.|[^\"\\\\\\n])*\"?");

    /** The lexer skips comments, and an unclosed string is no token yet: find both here. */
    private static void paintComments(String buffer, AttributedStyle[] styles) {
        var m = COMMENT_OR_STRING.matcher(buffer);
        while (m.find()) {
            if (m.group().startsWith("#")) {
                paint(styles, m.start(), m.end(), COMMENT);
            } else if (styles[m.start()] == null) {
                paint(styles, m.start(), m.end(), STRING);
            }
        }
    }

    private static void paintBrackets(String buffer, AttributedStyle[] styles, int cursor) {
        Deque<Integer> open = new ArrayDeque<>();
        int[] partner = new int[buffer.length()];
        java.util.Arrays.fill(partner, -1);
        for (int i = 0; i < buffer.length(); i++) {
            if (styles[i] == STRING || styles[i] == COMMENT) {
                continue;
            }
            char c = buffer.charAt(i);
            if ("([{".indexOf(c) >= 0) {
                open.push(i);
            } else if (")]}".indexOf(c) >= 0) {
                if (!open.isEmpty() && "([{".indexOf(buffer.charAt(open.peek())) == ")]}".indexOf(c)) {
                    int o = open.pop();
                    partner[o] = i;
                    partner[i] = o;
                } else {
                    styles[i] = UNMATCHED;
                }
            }
        }
        for (int at : new int[] {cursor - 1, cursor}) {
            if (at >= 0 && at < buffer.length() && partner[at] >= 0) {
                styles[at] = MATCH;
                styles[partner[at]] = MATCH;
                return;
            }
        }
    }

    private static void paint(AttributedStyle[] styles, int from, int to, AttributedStyle style) {
        for (int i = Math.max(0, from); i < Math.min(to, styles.length); i++) {
            styles[i] = style;
        }
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {}

    @Override
    public void setErrorIndex(int errorIndex) {}
}
