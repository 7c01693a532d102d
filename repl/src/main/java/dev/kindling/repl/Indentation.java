package dev.kindling.repl;

import java.util.List;
import java.util.Set;

/**
 * Where the next line of an unfinished entry starts, as Python 3.13's REPL and IPython indent:
 * one level (4 spaces) deeper after a line ending with {@code :}, one level shallower after
 * {@code return}, {@code pass}, {@code break}, {@code continue} or {@code raise}, the previous
 * line's indentation inside brackets, and otherwise the indentation of the statement before.
 * After a blank line inside a block the next line starts at the prompt's level, where Enter
 * ends the block and indentation typed by the learner continues it ({@link InputCompleteness}).
 */
final class Indentation {
    /** Spaces per indentation level, as PEP 8 and the course write Python. */
    static final int STEP = 4;

    private static final Set<String> ENDS_BODY = Set.of("return", "pass", "break", "continue", "raise");

    private Indentation() {}

    /** The indentation for the line after {@code text}, the entry typed so far. */
    static String next(String text) {
        String[] lines = text.split("\n", -1);
        String current = lines[lines.length - 1];
        if (InputCompleteness.insideString(text) || current.isBlank()) {
            return "";
        }
        if (InputCompleteness.insideBrackets(text)) {
            return leading(current);
        }
        List<String> logical = InputCompleteness.logicalLines(text);
        String statement = logical.get(logical.size() - 1);
        int depth = leading(statement).length();
        if (InputCompleteness.startsBlock(statement) && !statement.strip().startsWith("@")) {
            depth += STEP;
        } else if (ENDS_BODY.contains(firstWord(statement))) {
            depth = Math.max(0, depth - STEP);
        }
        return " ".repeat(depth);
    }

    /** How many spaces Backspace removes from a line whose text before the cursor is {@code spaces}. */
    static int spacesToRemove(int spaces) {
        return spaces - (spaces - 1) / STEP * STEP;
    }

    /** How many spaces Tab inserts at column {@code column}: up to the next level. */
    static int spacesToInsert(int column) {
        return STEP - column % STEP;
    }

    static String leading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }

    private static String firstWord(String statement) {
        String code = InputCompleteness.stripComment(statement.split("\n")[0]).strip();
        int end = 0;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        return code.substring(0, end);
    }
}
