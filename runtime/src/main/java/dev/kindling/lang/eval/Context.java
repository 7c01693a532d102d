package dev.kindling.lang.eval;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.objects.PyModule;

/**
 * Everything one interpreter session owns: its output streams, its {@code __main__} module,
 * the modules it imported, and the limits that let a host or the REPL stop a running script.
 *
 * <p>The runtime never touches {@code System.out}: {@code print} writes to {@link #out()}, so a
 * test or a host application can capture what a script prints.
 */
public final class Context {
    private Frame currentFrame;

    private PrintStream out;
    private long runs;
    private PrintStream err;
    private boolean outIsTerminal;
    private final PyModule main = new PyModule("__main__");
    private final Map<String, PyModule> imported = new HashMap<>();
    private final ModuleRegistry modules;
    private final RunGuard guard = new RunGuard();
    private int depth;
    private InputSource input = prompt -> null;
    private PyModule builtins = new PyModule("builtins");
    private Object handling;

    public Context(PrintStream out, PrintStream err, ModuleRegistry modules) {
        this.out = out;
        this.err = err;
        this.modules = modules;
    }

    /** Reads a line for {@code input()}; null means end of input. */
    @FunctionalInterface
    public interface InputSource {
        String readLine(String prompt);
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** Whether {@link #out()} is an interactive terminal, where output may use ANSI colors (pyplot's charts). */
    public boolean outIsTerminal() {
        return outIsTerminal;
    }

    public void setOutIsTerminal(boolean terminal) {
        this.outIsTerminal = terminal;
    }

    public void setOut(PrintStream out) {
        this.out = out;
    }

    public void setErr(PrintStream err) {
        this.err = err;
    }

    public PyModule main() {
        return main;
    }

    /** The builtins module: the last place a global name is looked up. */
    public PyModule builtins() {
        return builtins;
    }

    public void setBuiltins(PyModule builtins) {
        this.builtins = builtins;
    }

    /** The exception an except clause is handling now (what a bare raise re-raises), or null. */
    public Object handling() {
        return handling;
    }

    public void setHandling(Object error) {
        this.handling = error;
    }

    public InputSource input() {
        return input;
    }

    public void setInput(InputSource input) {
        this.input = input;
    }

    /** Imports a module by dotted name, once per session. */
    public PyModule importModule(String name) {
        PyModule m = imported.get(name);
        if (m == null) {
            m = modules.load(name, this);
            imported.put(name, m);
        }
        return m;
    }

    /** The stop requests, budgets and size caps of this session's runs. */
    public RunGuard guard() {
        return guard;
    }

    /** Asks the running code to stop with KeyboardInterrupt at its next check (thread-safe). */
    public void requestCancel() {
        guard.request(dev.kindling.errors.StopReason.CANCELLED);
    }

    /**
     * Starts a run (an exec, or one REPL entry): steps, output and call depth count from zero, and
     * the run count goes up, so state that lasts one run (pyplot's live chart) can tell a new one.
     */
    public void beginRun() {
        depth = 0;
        guard.begin();
        runs++;
    }

    /** The current depth of Python calls, as the recursion limit counts it. */
    public int depth() {
        return depth;
    }

    /** How many runs this context has begun. */
    public long runNumber() {
        return runs;
    }

    public int recursionLimit() {
        return guard.recursionLimit();
    }

    /** {@code sys.setrecursionlimit}: capped by the host's ceiling ({@link RunGuard#setRecursionCeiling}). */
    public void setRecursionLimit(long limit) {
        guard.setRecursionLimit(limit);
    }

    /**
     * Called by loops and calls: cheap enough for every iteration. Stops the run (with an error
     * scripts cannot catch) once the host asked for it or the step budget is spent.
     */
    public void tick() {
        guard.tick();
    }

    /** The innermost frame running now (null between runs): where a warning points. */
    public Frame currentFrame() {
        return currentFrame;
    }

    /** Makes {@code frame} the innermost one and returns the one it replaces, to restore after. */
    public Frame swapCurrentFrame(Frame frame) {
        Frame previous = currentFrame;
        currentFrame = frame;
        return previous;
    }

    public void enterCall() {
        if (++depth > guard.recursionLimit()) {
            depth--;
            throw new KindlingError(ErrorType.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        tick();
    }

    public void exitCall() {
        depth--;
    }
}
