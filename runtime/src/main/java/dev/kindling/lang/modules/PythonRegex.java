package dev.kindling.lang.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Python regular expression turned into a {@link java.util.regex.Pattern} that matches the same
 * strings: named groups {@code (?P<name>...)} and {@code (?P=name)} renamed for Java (whose group
 * names cannot hold '_'), {@code \Z} as Java's {@code \z}, {@code \v}, a lone {@code {} and
 * {@code [} or {@code &&} inside a set taken literally as Python takes them. Escapes Python does
 * not know ({@code \p}, {@code \Q}...) and malformed patterns are refused as CPython refuses them,
 * with its message ({@link Error}).
 */
final class PythonRegex {
    static final int IGNORECASE = 2;
    static final int LOCALE = 4;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int ASCII = 256;

    /** Letters that may follow a backslash in a Python pattern (outside a set). */
    private static final String KNOWN_ESCAPES = "abfnrtvxuUNdDsSwWbBAZ0123456789";

    /** CPython's re.error: its message, already ending in "at position N". */
    static final class Error extends RuntimeException {
        Error(String message) {
            super(message, null, false, false);
        }
    }

    final Pattern pattern;
    /** Each named group's number, in the order the pattern names them. */
    final Map<String, Integer> groupIndex = new LinkedHashMap<>();
    final int groups;

    private final String source;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    private int groupCount;

    PythonRegex(String source, int flags) {
        this.source = source;
        translate();
        this.groups = groupCount;
        int java = Pattern.UNIX_LINES;
        if ((flags & ASCII) == 0) {
            java |= Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
        }
        if ((flags & IGNORECASE) != 0) {
            java |= Pattern.CASE_INSENSITIVE;
        }
        if ((flags & MULTILINE) != 0) {
            java |= Pattern.MULTILINE;
        }
        if ((flags & DOTALL) != 0) {
            java |= Pattern.DOTALL;
        }
        if ((flags & VERBOSE) != 0) {
            java |= Pattern.COMMENTS;
        }
        try {
            this.pattern = Pattern.compile(out.toString(), java);
        } catch (PatternSyntaxException e) {
            throw new Error("unsupported pattern syntax at position " + Math.max(0, Math.min(e.getIndex(), source.length())));
        }
    }

    private void translate() {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        boolean canRepeat = false;
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (!canRepeat && pos > 0 && isQuantifier(pos) && endsQuantifier(pos - 1)) {
                throw new Error("multiple repeat at position " + pos);
            }
            switch (c) {
                case '\\' -> {
                    escape();
                    canRepeat = true;
                }
                case '[' -> {
                    set();
                    canRepeat = true;
                }
                case '(' -> {
                    open.push(pos);
                    group();
                    canRepeat = false;
                }
                case ')' -> {
                    if (open.isEmpty()) {
                        throw new Error("unbalanced parenthesis at position " + pos);
                    }
                    open.pop();
                    out.append(')');
                    pos++;
                    canRepeat = true;
                }
                case '*', '+', '?' -> {
                    if (!canRepeat) {
                        throw new Error("nothing to repeat at position " + pos);
                    }
                    out.append(c);
                    pos++;
                    if (pos < source.length() && (source.charAt(pos) == '?' || source.charAt(pos) == '+')) {
                        out.append(source.charAt(pos++));
                    }
                    canRepeat = false;
                }
                case '{' -> canRepeat = brace(canRepeat);
                case '|' -> {
                    out.append(c);
                    pos++;
                    canRepeat = false;
                }
                default -> {
                    out.append(c);
                    pos++;
                    canRepeat = true;
                }
            }
        }
        if (!open.isEmpty()) {
            throw new Error("missing ), unterminated subpattern at position " + open.peek());
        }
    }

    private boolean isQuantifier(int at) {
        char c = source.charAt(at);
        return c == '*' || c == '+' || c == '?'
                || (c == '{' && Pattern.compile("\\{\\d*(,\\d*)?\\}").matcher(source).region(at, source.length())
                        .lookingAt() && !source.startsWith("{}", at) && !source.startsWith("{,}", at));
    }

    /** Whether the character at {@code at} closes a repeat just emitted ('*', '+', '?' or '}'). */
    private boolean endsQuantifier(int at) {
        char c = source.charAt(at);
        return (c == '*' || c == '+' || c == '?' || c == '}') && (at == 0 || source.charAt(at - 1) != '\\');
    }

    /** {@code {m,n}} is a repeat when well formed (Python's {@code {,n}} is {@code {0,n}}); otherwise a literal brace. */
    private boolean brace(boolean canRepeat) {
        java.util.regex.Matcher m = Pattern.compile("\\{(\\d*)(,(\\d*))?\\}").matcher(source).region(pos, source.length());
        if (!m.lookingAt() || (m.group(1).isEmpty() && m.group(2) == null)) {
            out.append("\\{");
            pos++;
            return true;
        }
        if (!canRepeat) {
            throw new Error("nothing to repeat at position " + pos);
        }
        String low = m.group(1).isEmpty() ? "0" : m.group(1);
        out.append('{').append(low).append(m.group(2) == null ? "" : "," + m.group(3)).append('}');
        pos = m.end();
        if (pos < source.length() && (source.charAt(pos) == '?' || source.charAt(pos) == '+')) {
            out.append(source.charAt(pos++));
        }
        return false;
    }

    private void escape() {
        if (pos + 1 >= source.length()) {
            throw new Error("bad escape (end of pattern) at position " + pos);
        }
        char e = source.charAt(pos + 1);
        if (Character.isLetterOrDigit(e) && e < 128 && KNOWN_ESCAPES.indexOf(e) < 0) {
            throw new Error("bad escape \\" + e + " at position " + pos);
        }
        switch (e) {
            case 'Z' -> out.append("\\z");
            case 'v' -> out.append("\\x0B");
            case 'N', 'U' -> throw new Error("bad escape \\" + e + " at position " + pos);
            default -> out.append('\\').append(e);
        }
        pos += 2;
    }

    /** A set {@code [...]}: '[' and '&' inside it are literal in Python, so they are escaped for Java. */
    private void set() {
        int start = pos;
        out.append('[');
        pos++;
        if (pos < source.length() && source.charAt(pos) == '^') {
            out.append('^');
            pos++;
        }
        boolean first = true;
        while (true) {
            if (pos >= source.length()) {
                throw new Error("unterminated character set at position " + start);
            }
            char c = source.charAt(pos);
            if (c == ']' && !first) {
                out.append(']');
                pos++;
                return;
            }
            if (c == '\\') {
                if (pos + 1 >= source.length()) {
                    throw new Error("unterminated character set at position " + start);
                }
                char e = source.charAt(pos + 1);
                if (Character.isLetter(e) && e < 128 && "abfnrtvxuUdDsSwW".indexOf(e) < 0) {
                    throw new Error("bad escape \\" + e + " at position " + pos);
                }
                out.append(e == 'b' ? "\\x08" : e == 'v' ? "\\x0B" : "\\" + e);
                pos += 2;
            } else {
                out.append(c == '[' || c == '&' || c == ']' ? "\\" + c : String.valueOf(c));
                pos++;
            }
            first = false;
        }
    }

    /** An opening parenthesis: a capturing group, a named one, a back-reference by name, or a comment. */
    private void group() {
        if (source.startsWith("(?P<", pos)) {
            int close = source.indexOf('>', pos);
            String name = close < 0 ? "" : source.substring(pos + 4, close);
            if (close < 0 || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new Error("bad character in group name '" + name + "' at position " + (pos + 4));
            }
            if (groupIndex.containsKey(name)) {
                throw new Error("redefinition of group name '" + name + "' as group " + (groupCount + 1)
                        + "; was group " + groupIndex.get(name) + " at position " + (pos + 4));
            }
            groupIndex.put(name, ++groupCount);
            out.append("(?<g").append(groupCount).append('>');
            pos = close + 1;
        } else if (source.startsWith("(?P=", pos)) {
            int close = source.indexOf(')', pos);
            String name = close < 0 ? "" : source.substring(pos + 4, close);
            Integer number = groupIndex.get(name);
            if (number == null) {
                throw new Error("unknown group name '" + name + "' at position " + (pos + 4));
            }
            out.append("(?:\\").append(number);
            pos = close;
        } else if (source.startsWith("(?#", pos)) {
            int close = source.indexOf(')', pos);
            if (close < 0) {
                throw new Error("missing ), unterminated comment at position " + pos);
            }
            out.append("(?:");
            pos = close;
        } else if (source.startsWith("(?", pos)) {
            out.append("(?");
            pos += 2;
        } else {
            groupCount++;
            out.append('(');
            pos++;
        }
    }
}
