package dev.kindling.lang.eval;

import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.errors.KindlingSyntaxError;
import dev.kindling.lang.objects.Exceptions;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyClass;

/** Writes an uncaught error the way CPython 3.11 does: the traceback, then {@code Type: message}. */
public final class TracebackFormatter {
    private TracebackFormatter() {}

    public static String format(KindlingError error) {
        StringBuilder sb = new StringBuilder();
        List<KindlingError.TracebackEntry> entries = error.traceback();
        if (!entries.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            for (int i = entries.size() - 1; i >= 0; i--) {
                KindlingError.TracebackEntry e = entries.get(i);
                sb.append("  File \"").append(e.file()).append("\", line ").append(e.line()).append(", in ")
                        .append(e.function()).append('\n');
                if (e.sourceLine() != null && !e.sourceLine().isBlank()) {
                    sb.append("    ").append(e.sourceLine().strip()).append('\n');
                }
            }
        }
        if (error instanceof KindlingSyntaxError s) {
            appendSyntaxLocation(sb, s);
        }
        return sb.append(exceptionLine(error)).append('\n').toString();
    }

    private static void appendSyntaxLocation(StringBuilder sb, KindlingSyntaxError s) {
        sb.append("  File \"").append(s.file()).append("\", line ").append(s.line()).append('\n');
        String line = s.sourceLine() == null ? "" : s.sourceLine();
        if (!line.isBlank()) {
            String stripped = line.stripLeading();
            int indent = line.length() - stripped.length();
            int caret = Math.max(0, Math.min(s.column() - indent, stripped.stripTrailing().length()));
            sb.append("    ").append(stripped.stripTrailing()).append('\n');
            sb.append("    ").append(" ".repeat(caret)).append("^\n");
        }
    }

    /** {@code ValueError: bad value}, or just the type name when the message is empty. */
    public static String exceptionLine(KindlingError error) {
        Object value = Exceptions.instance(error);
        PyClass type = Ops.typeOf(value);
        String name = type.isBuiltin() || "builtins".equals(type.module()) ? type.name()
                : type.module() + "." + type.name();
        String message = Exceptions.message(value);
        if (error.suggestion() != null) {
            message += ". Did you mean: '" + error.suggestion() + "'?";
        }
        return message.isEmpty() ? name : name + ": " + message;
    }
}
