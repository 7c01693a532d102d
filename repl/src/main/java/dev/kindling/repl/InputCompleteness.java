package dev.kindling.repl;

import java.util.ArrayList;
import java.util.List;

import dev.kindling.embed.Kindling;

/**
 * Decides, as Python's REPL does, whether what was typed so far is a whole entry: brackets and
 * strings must be closed, and a block (an entry whose last line is inside an indented body or
 * opens one) ends only with an empty line. A pasted script whose last line is at the top level
 * runs at once.
 *
 * <p>Unlike Python's REPL, one blank line inside a block does not end it: the course's classes
 * and training loops have blank lines between their parts, and a learner types them as printed.
 * A blank line that still carries the block's indentation (what Enter leaves on an auto-indented
 * line) keeps the entry open, and the line after it decides: an indented line continues the
 * block, a line at the top level ends the block and runs with it, and an empty line (the prompt's
 * level, or a second blank line) runs the entry.
 */
final class InputCompleteness {
    private InputCompleteness() {}

    static boolean isComplete(String text) {
        if (text.isBlank()) {
            return true;
        }
        if (Kindling.isIncomplete(text) || scan(text).open()) {
            return false;
        }
        String[] lines = text.split("\n", -1);
        if (isIndented(text.stripLeading().isEmpty() ? text : firstLine(text))) {
            return true;   // an indented first line opens nothing: Python reports it at once
        }
        String current = lines[lines.length - 1];
        if (current.isBlank()) {
            return current.isEmpty() || lines[lines.length - 2].isBlank() || !blockOpen(text);
        }
        return !blockOpen(text);
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    /** Whether the entry's last non-blank logical line opens a block or lies inside one. */
    static boolean blockOpen(String text) {
        List<String> logical = logicalLines(text);
        String last = logical.get(logical.size() - 1);
        return startsBlock(last) || isIndented(last) && logical.size() > 1;
    }

    /** Whether a triple-quoted string is open at the end of the text. */
    static boolean insideString(String text) {
        return scan(text).openString();
    }

    /** Whether a bracket is open at the end of the text (or its last line ends with a backslash). */
    static boolean insideBrackets(String text) {
        return scan(text).open() && !scan(text).openString() || text.endsWith("\\");
    }

    /**
     * The entry cut into logical lines: a newline inside brackets or a triple-quoted string, or
     * after a backslash, continues the line ({@code z = (1,\n    2)} is one line, not a block).
     */
    static List<String> logicalLines(String text) {
        return scan(text).lines();
    }

    /** Logical lines, and whether a bracket or a triple-quoted string is still open at the end. */
    private record Scan(List<String> lines, boolean open, boolean openString) {}

    private static Scan scan(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String quote = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != null) {
                if (c == '\\') {
                    i++;
                } else if (text.startsWith(quote, i)) {
                    i += quote.length() - 1;
                    quote = null;
                } else if (c == '\n' && quote.length() == 1) {
                    quote = null;
                }
                continue;
            }
            if (c == '#') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '\'' || c == '"') {
                quote = text.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3) : String.valueOf(c);
                i += quote.length() - 1;
            } else if ("([{".indexOf(c) >= 0) {
                depth++;
            } else if (")]}".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c == '\n' && depth == 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        out.removeIf(String::isBlank);
        if (out.isEmpty()) {
            out.add("");
        }
        boolean openString = quote != null && quote.length() == 3;
        return new Scan(out, depth > 0 || openString, openString);
    }

    static boolean startsBlock(String logicalLine) {
        StringBuilder joined = new StringBuilder();
        for (String physical : logicalLine.split("\n")) {
            joined.append(stripComment(physical)).append(' ');
        }
        String code = joined.toString().strip();
        return code.endsWith(":") || code.startsWith("@");
    }

    private static boolean isIndented(String line) {
        return !line.isEmpty() && Character.isWhitespace(line.charAt(0));
    }

    static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
