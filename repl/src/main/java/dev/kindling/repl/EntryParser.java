package dev.kindling.repl;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * The REPL's JLine parser. On Enter it asks {@link InputCompleteness} whether the entry is whole
 * and, if not, throws {@link EOFError} so JLine shows the {@code ... } prompt and keeps reading
 * (as JShell's ConsoleIOContext does). For completion it cuts out the word under the cursor the
 * way Python sees it: a dotted name ({@code torch.te}), or a path after {@code :load}.
 *
 * <p>{@link PythonKeys} asks it the same question before it indents the next line, and may say
 * that one text counts as whole (an entry just pasted).
 */
final class EntryParser implements Parser {
    private final BooleanSupplier javaMode;
    private final java.util.function.Predicate<String> javaComplete;
    private String acceptedOnce;

    EntryParser(BooleanSupplier javaMode, java.util.function.Predicate<String> javaComplete) {
        this.javaMode = javaMode;
        this.javaComplete = javaComplete;
    }

    /** Makes the next Enter on exactly {@code text} run it, whatever {@link #isWhole} would say. */
    void acceptOnce(String text) {
        acceptedOnce = text;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE) {
            boolean accepted = line.equals(acceptedOnce);
            acceptedOnce = null;
            if (!accepted && !isWhole(line)) {
                throw new EOFError(-1, cursor, "incomplete input");
            }
        }
        return wordAt(line, cursor);
    }

    /** Whether Enter on {@code text} runs it: a command, a whole Java snippet or a whole Python entry. */
    boolean isWhole(String text) {
        if (text.stripLeading().startsWith(":")) {
            return true;
        }
        if (javaMode.getAsBoolean()) {
            return javaComplete.test(text);
        }
        return InputCompleteness.isComplete(text);
    }

    /** The word completion works on: a dotted name, or after {@code :load } everything to the cursor. */
    static CompletingParsedLine wordAt(String line, int cursor) {
        int start = cursor;
        String trimmed = line.stripLeading();
        if (trimmed.startsWith(":") && line.lastIndexOf(' ', cursor - 1) >= 0
                && !line.substring(0, cursor).contains("\n")) {
            start = line.lastIndexOf(' ', cursor - 1) + 1;
        } else if (trimmed.startsWith(":") && !line.substring(0, cursor).contains(" ")) {
            start = line.indexOf(':');
        } else {
            while (start > 0 && isWordChar(line.charAt(start - 1))) {
                start--;
            }
            start = withStringLiteral(line, start);
        }
        String word = line.substring(start, cursor);
        return new Line(line, cursor, word, cursor - start);
    }

    /** Extends a word like {@code .up} back over the string literal it follows ({@code 'abc'.up}). */
    private static int withStringLiteral(String line, int start) {
        if (start < 2 || start >= line.length() || line.charAt(start) != '.') {
            return start;
        }
        char quote = line.charAt(start - 1);
        if (quote != '\'' && quote != '"') {
            return start;
        }
        int open = line.lastIndexOf(quote, start - 2);
        return open < 0 ? start : open;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    private record Line(String line, int cursor, String word, int wordCursor) implements CompletingParsedLine {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }

        @Override
        public int wordIndex() {
            return 0;
        }
    }
}
