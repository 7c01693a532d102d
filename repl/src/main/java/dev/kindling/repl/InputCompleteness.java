package dev.kindling.repl;

import dev.kindling.lang.parse.SourceParser;

/**
 * Decides, as Python's REPL does, whether what was typed so far is a whole entry: brackets and
 * strings must be closed, and a block (an entry whose last line is inside an indented body or
 * opens one) ends only with an empty line. A pasted script whose last line is at the top level
 * runs at once.
 */
final class InputCompleteness {
    private InputCompleteness() {}

    static boolean isComplete(String text) {
        if (text.isBlank()) {
            return true;
        }
        if (SourceParser.isIncomplete(text)) {
            return false;
        }
        String[] lines = text.split("\n", -1);
        String last = lines[lines.length - 1];
        if (last.isBlank()) {
            return true;
        }
        return !(startsBlock(last) || isIndented(last) && lines.length > 1);
    }

    private static boolean startsBlock(String line) {
        String code = stripComment(line).stripTrailing();
        return code.endsWith(":") || code.startsWith("@");
    }

    private static boolean isIndented(String line) {
        return !line.isEmpty() && Character.isWhitespace(line.charAt(0));
    }

    private static String stripComment(String line) {
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
