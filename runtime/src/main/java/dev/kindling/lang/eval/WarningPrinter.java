package dev.kindling.lang.eval;

import java.util.HashSet;
import java.util.Set;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.Warnings;

/**
 * Prints warnings as CPython's default filter does: {@code file:line: Category: message}, then
 * the source line when the file is a real one, and each message only once per location.
 */
public final class WarningPrinter implements Warnings.Sink {
    private final Context context;
    private final Set<String> shown = new HashSet<>();

    public WarningPrinter(Context context) {
        this.context = context;
    }

    @Override
    public void warn(ErrorType category, String message) {
        Frame frame = context.currentFrame();
        Source source = frame == null ? null : frame.source;
        String file = source == null ? "<string>" : source.name();
        int line = frame == null ? 1 : frame.line;
        if (!shown.add(file + ":" + line + ":" + category.pythonName() + ":" + message)) {
            return;
        }
        StringBuilder text = new StringBuilder(file + ":" + line + ": " + category.pythonName() + ": " + message);
        String code = source == null || file.startsWith("<") ? null : source.line(line);
        if (code != null && !code.isBlank()) {
            text.append(System.lineSeparator()).append("  ").append(code.strip());
        }
        context.out().flush();
        context.err().println(text);
        context.err().flush();
    }
}
