package dev.kindling.lang.format;

/**
 * Python's {@code repr()} and {@code ascii()} of a str, needed here for error messages
 * ({@code invalid literal for int() with base 10: 'abc'}) and for the default {@code !r}/{@code !a}
 * conversions. Quotes and escapes follow CPython's {@code unicode_repr}: single quotes unless the
 * text holds a single quote and no double quote; non-printable characters become {@code \xhh},
 * {@code \\uhhhh} or {@code \Uhhhhhhhh}.
 *
 * <pre>{@code
 * StringRepr.repr("it's");     // "\"it's\""
 * StringRepr.repr("a\tb");     // "'a\\tb'"
 * StringRepr.ascii("h\u00e9"); // "'h\\xe9'"
 * }</pre>
 */
public final class StringRepr {
    private StringRepr() {}

    /** {@code repr(s)}: the text as a Python string literal, quoted and escaped. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> appendEscaped(out, cp, quote, false));
        return out.append(quote).toString();
    }

    /** {@code ascii(s)}: like repr, but every non-ASCII character is escaped too. */
    public static String ascii(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> appendEscaped(out, cp, quote, true));
        return out.append(quote).toString();
    }

    /** Escapes every non-ASCII character of an already-made repr (for {@code ascii()} of any object). */
    public static String asciiOfRepr(String repr) {
        StringBuilder out = new StringBuilder(repr.length());
        repr.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.appendCodePoint(cp);
            } else {
                appendHex(out, cp);
            }
        });
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, int cp, char quote, boolean asciiOnly) {
        switch (cp) {
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (cp == quote) {
                    out.append('\\').append(quote);
                } else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && (asciiOnly || !isPrintable(cp)))) {
                    appendHex(out, cp);
                } else {
                    out.appendCodePoint(cp);
                }
            }
        }
    }

    private static void appendHex(StringBuilder out, int cp) {
        if (cp < 0x100) {
            out.append(String.format("\\x%02x", cp));
        } else if (cp < 0x10000) {
            out.append(String.format("\\u%04x", cp));
        } else {
            out.append(String.format("\\U%08x", cp));
        }
    }

    /** Python's {@code str.isprintable()} for one character: not a control, format, separator or unassigned one. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
