package dev.kindling.repl;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import jdk.jshell.execution.LocalExecutionControlProvider;

import dev.kindling.embed.Session;

/**
 * The {@code java> } prompt: snippets run by JShell in this JVM (local execution), so the Java DSL
 * and the language share one heap. {@code kindling.get("model")} reads a variable of the Python
 * session and {@code kindling.set("w", t)} binds one. The imports come from the system property
 * {@code kindling.java.imports} (semicolon-separated; the default imports
 * {@code dev.kindling.tensor.Torch}'s statics); one that does not compile yet is skipped.
 * JShell starts on first use, so the Python prompt never waits for it.
 */
final class JavaMode implements AutoCloseable {
    static final String DEFAULT_IMPORTS = "import static dev.kindling.tensor.Torch.*;import dev.kindling.tensor.*";

    private final Session session;
    private final PrintStream out;
    private JShell shell;

    JavaMode(Session session, PrintStream out) {
        this.session = session;
        this.out = out;
    }

    private JShell shell() {
        if (shell == null) {
            KindlingBridge.session = session;
            shell = JShell.builder()
                    .executionEngine(new LocalExecutionControlProvider(), Map.of())
                    .compilerOptions("--class-path", System.getProperty("java.class.path"))
                    .out(out).err(out)
                    .build();
            shell.addToClasspath(System.getProperty("java.class.path"));
            String imports = System.getProperty("kindling.java.imports", DEFAULT_IMPORTS);
            for (String i : imports.split(";")) {
                if (!i.isBlank()) {
                    quietly(i.strip() + ";");
                }
            }
            quietly("var kindling = dev.kindling.repl.KindlingBridge.get();");
        }
        return shell;
    }

    private void quietly(String snippet) {
        for (SnippetEvent e : shell.eval(snippet)) {
            if (e.status() == Snippet.Status.REJECTED && e.snippet() != null) {
                shell.drop(e.snippet());
            }
        }
    }

    /** Whether JShell considers the text a whole set of snippets. */
    boolean isComplete(String text) {
        if (text.isBlank() || text.endsWith("\n\n")) {
            return true;
        }
        SourceCodeAnalysis analysis = shell().sourceCodeAnalysis();
        String rest = text;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete()) {
                return info.completeness() == SourceCodeAnalysis.Completeness.EMPTY;
            }
            rest = info.remaining();
        }
        return true;
    }

    /** Runs every snippet in the text, printing values as jshell does; false when one failed. */
    boolean eval(String text) {
        SourceCodeAnalysis analysis = shell().sourceCodeAnalysis();
        String rest = text;
        boolean ok = true;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            String source = info.completeness().isComplete() ? info.source() : rest;
            rest = info.completeness().isComplete() ? info.remaining() : "";
            if (source == null || source.isBlank()) {
                continue;
            }
            for (SnippetEvent e : shell.eval(source)) {
                ok &= report(e);
            }
        }
        return ok;
    }

    private boolean report(SnippetEvent e) {
        if (e.causeSnippet() != null) {
            return true;
        }
        if (e.status() == Snippet.Status.REJECTED) {
            shell.diagnostics(e.snippet()).forEach(d -> out.println("|  Error: " + d.getMessage(null)));
            return false;
        }
        JShellException ex = e.exception();
        if (ex != null) {
            String type = ex instanceof EvalException ee ? ee.getExceptionClassName() : ex.getClass().getSimpleName();
            out.println("|  Exception " + type + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            return false;
        }
        if (e.value() != null && e.snippet() != null) {
            if (e.snippet() instanceof VarSnippet v) {
                out.println(v.name() + " ==> " + e.value());
            } else if (e.snippet().kind() == Snippet.Kind.EXPRESSION || e.snippet().kind() == Snippet.Kind.VAR) {
                out.println(e.value());
            }
        }
        return true;
    }

    /** JShell's own completion, each candidate the whole replacement of the text from wordStart to the cursor. */
    List<String> complete(String text, int cursor, int wordStart) {
        int[] anchor = new int[1];
        List<String> out = new ArrayList<>();
        for (SourceCodeAnalysis.Suggestion s : shell().sourceCodeAnalysis().completionSuggestions(text, cursor, anchor)) {
            String head = anchor[0] >= wordStart ? text.substring(wordStart, anchor[0]) : "";
            if (!out.contains(head + s.continuation())) {
                out.add(head + s.continuation());
            }
        }
        return out;
    }

    /** Stops a running snippet (Ctrl-C in Java mode). */
    void stop() {
        if (shell != null) {
            shell.stop();
        }
    }

    @Override
    public void close() {
        if (shell != null) {
            shell.close();
        }
    }
}
