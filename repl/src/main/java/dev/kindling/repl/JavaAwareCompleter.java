package dev.kindling.repl;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Sends Tab to JShell's completion at the {@code java> } prompt and to Kindling's elsewhere. */
final class JavaAwareCompleter implements Completer {
    private final KindlingCompleter kindling;
    private final JavaMode java;
    private final BooleanSupplier javaMode;

    JavaAwareCompleter(KindlingCompleter kindling, JavaMode java, BooleanSupplier javaMode) {
        this.kindling = kindling;
        this.java = java;
        this.javaMode = javaMode;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (!javaMode.getAsBoolean() || line.line().stripLeading().startsWith(":")) {
            kindling.complete(reader, line, candidates);
            return;
        }
        int wordStart = line.cursor() - line.wordCursor();
        for (String c : java.complete(line.line(), line.cursor(), wordStart)) {
            int dot = c.lastIndexOf('.', c.length() - 2);
            candidates.add(new Candidate(c, dot < 0 ? c : c.substring(dot + 1), null, null, null, null, false));
        }
    }
}
