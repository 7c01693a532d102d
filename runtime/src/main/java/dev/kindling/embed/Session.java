package dev.kindling.embed;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.errors.RunStopped;
import dev.kindling.errors.StopReason;
import dev.kindling.errors.Warnings;
import dev.kindling.lang.ast.Block;
import dev.kindling.lang.ast.ExprStmt;
import dev.kindling.lang.ast.Stmt;
import dev.kindling.lang.eval.CappedPrintStream;
import dev.kindling.lang.eval.Context;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.eval.ModuleRegistry;
import dev.kindling.lang.eval.RunGuard;
import dev.kindling.lang.eval.Source;
import dev.kindling.lang.eval.TracebackFormatter;
import dev.kindling.lang.eval.WarningPrinter;
import dev.kindling.lang.files.FileAccess;
import dev.kindling.lang.modules.BuiltinsModule;
import dev.kindling.lang.modules.lab.LabModule;
import dev.kindling.lang.modules.lab.TrainingFeed;
import dev.kindling.lang.modules.lab.TrainingMonitor;
import dev.kindling.lang.modules.plot.FigureRelay;
import dev.kindling.lang.objects.Exceptions;
import dev.kindling.lang.objects.PyModule;
import dev.kindling.lang.objects.PyNone;
import dev.kindling.lang.objects.Repr;
import dev.kindling.lang.parse.SourceParser;
import dev.kindling.ops.ScalarReads;
import dev.kindling.tensor.TorchState;

/**
 * One interpreter: a {@code __main__} namespace that lives across {@link #exec} calls, as in a
 * REPL. Code runs on the session's own thread, whose deep stack lets scripts recurse to
 * CPython's limit; {@link #cancel()} (from any thread) stops running code with
 * KeyboardInterrupt at its next loop iteration or call.
 *
 * <p>Each session has its own {@link TorchState}: its {@code torch.manual_seed} stream, grad mode,
 * anomaly detection and numerics policy ({@link Kindling.Builder#numerics(String)}) are its own,
 * whatever other sessions do at the same time. So are its file policy and working directory
 * ({@link Kindling.Builder#files(FilePolicy)}): every file a script names is resolved against the
 * session's own directory and checked by its {@link FileAccess} gate.
 *
 * <p>Errors in scripts come out as {@link KindlingError} with a Python traceback
 * ({@link #formatError}); no other Java exception escapes.
 *
 * <pre>{@code
 * try (Session session = Kindling.builder().build().newSession()) {
 *     session.exec("import torch\nw = torch.ones(3, requires_grad=True)");
 *     session.exec("loss = (w * w).sum()\nloss.backward()");
 *     Tensor grad = (Tensor) session.eval("w.grad");   // tensor([2., 2., 2.])
 * }
 * }</pre>
 */
public final class Session implements AutoCloseable {
    private static final long STACK_BYTES = 1L << 30;

    private final Context context;
    private final ModuleRegistry registry;
    private final ExecutorService thread;
    private final TorchState torchState;
    private final Introspection introspection;
    private final TrainingMonitor training = new TrainingMonitor();
    private final FigureRelay figures = new FigureRelay();
    private final List<Runnable> closeActions = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final RunGuard guard;
    private final Policy policy;
    private final FileAccess files;
    private final ReentrantLock busy = new ReentrantLock();
    private volatile boolean warmingUp;
    private volatile boolean closed;
    private final boolean capOutput;
    private final List<Runnable> runEndActions = new java.util.concurrent.CopyOnWriteArrayList<>();

    Session(Kindling.Builder options) {
        registry = options.registry(figures);
        registry.register("kindling", c -> LabModule.createPackage(training));
        registry.register("kindling.lab", c -> (PyModule) c.importModule("kindling").get("lab"));
        policy = options.policy;
        torchState = new TorchState(options.numerics);
        context = new Context(options.out, options.err, registry);
        guard = context.guard();
        options.limits.applyTo(guard);
        capOutput = options.limits.limitsOutput();
        if (capOutput) {
            context.setOut(new CappedPrintStream(options.out, guard));
            context.setErr(new CappedPrintStream(options.err, guard));
        }
        context.setOutIsTerminal(options.terminal);
        context.setBuiltins(BuiltinsModule.create(context));
        context.main().set("__name__", "__main__");
        introspection = new Introspection(context);
        WarningPrinter warnings = new WarningPrinter(context);
        files = options.files.access(options.workingDirectory);
        thread = Executors.newSingleThreadExecutor(r -> {
            Runnable inSession = () -> {
                Warnings.setSink(warnings);
                FileAccess.bindToThisThread(files);
                ScalarReads.observeThisThread(training::itemRead);
                guard.bindToThisThread();
                r.run();
            };
            Thread t = new Thread(null, inSession, "kindling-session", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs a module's worth of code in this session's globals. */
    public void exec(String code) {
        exec(code, "<string>");
    }

    /** Runs code; {@code fileName} is what tracebacks show. */
    public void exec(String code, String fileName) {
        run(() -> {
            Block module = SourceParser.parseModule(new Source(fileName, code));
            runModule(module, new Source(fileName, code), false);
            return null;
        });
    }

    /**
     * Runs one REPL entry: like exec, but each top-level expression statement's value is echoed
     * with repr (None is not) and stored in {@code _}.
     */
    public void execInteractive(String code) {
        run(() -> {
            Source source = new Source("<stdin>", code);
            runModule(SourceParser.parseModule(source), source, true);
            return null;
        });
    }

    /**
     * Runs one REPL entry as {@link #execInteractive(String)} does, with what it prints (echoed
     * values, print(), warnings) going to {@code out} instead of the session's streams: a code
     * cell of Kindling Lab. Errors are thrown as there; the caller formats them.
     */
    public void execInteractive(String code, PrintStream out) {
        run(() -> {
            PrintStream previousOut = context.out();
            PrintStream previousErr = context.err();
            PrintStream cell = capOutput ? new CappedPrintStream(out, guard) : out;
            context.setOut(cell);
            context.setErr(cell);
            try {
                Source source = new Source("<cell>", code);
                runModule(SourceParser.parseModule(source), source, true);
            } finally {
                out.flush();
                context.setOut(previousOut);
                context.setErr(previousErr);
            }
            return null;
        });
    }

    /** Evaluates one expression and returns its value. */
    public Object eval(String expression) {
        return run(() -> {
            Source source = new Source("<string>", expression);
            Block module = SourceParser.parseModule(source);
            if (module.size() != 1 || !(module.get(0) instanceof ExprStmt e)) {
                throw new KindlingError(ErrorType.SYNTAX_ERROR, "eval() expects a single expression");
            }
            Frame frame = moduleFrame();
            return e.expression().eval(frame);
        });
    }

    private Object runModule(Block module, Source source, boolean echo) {
        Frame frame = moduleFrame();
        frame.source = source;
        Frame outer = context.swapCurrentFrame(frame);
        try {
            for (int i = 0; i < module.size(); i++) {
                Stmt s = module.get(i);
                frame.line = s.line;
                if (echo && s instanceof ExprStmt e) {
                    Object v = e.expression().eval(frame);
                    if (v != PyNone.NONE) {
                        context.builtins().set("_", v);
                        context.out().println(Repr.repr(v));
                        context.out().flush();
                    }
                } else {
                    s.exec(frame);
                }
            }
        } catch (KindlingError e) {
            throw addModuleFrame(e, source, frame.line);
        } catch (RuntimeException | StackOverflowError e) {
            throw addModuleFrame(Exceptions.fromJava(e), source, frame.line);
        } catch (RunStopped e) {
            throw e.addTraceback(moduleEntry(source, frame.line));
        } finally {
            context.swapCurrentFrame(outer);
        }
        return null;
    }

    private static KindlingError addModuleFrame(KindlingError e, Source source, int line) {
        e.addTraceback(moduleEntry(source, line));
        return e;
    }

    private static KindlingError.TracebackEntry moduleEntry(Source source, int line) {
        return new KindlingError.TracebackEntry(source.name(), line, "<module>", source.line(line));
    }

    private Frame moduleFrame() {
        return new Frame(0, null, context.main(), context, null);
    }

    private <T> T run(Supplier<T> work) {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
        if (!acquire()) {
            throw new IllegalStateException("the session is busy: another exec is still running on it");
        }
        try {
            return runAlone(work);
        } finally {
            busy.unlock();
        }
    }

    /** Takes the session for one run: refused while another runs, but the REPL's warm-up is waited for. */
    private boolean acquire() {
        if (busy.tryLock()) {
            return true;
        }
        if (warmingUp) {
            busy.lock();
            return true;
        }
        return false;
    }

    private <T> T runAlone(Supplier<T> work) {
        context.beginRun();
        Future<T> future;
        try {
            future = thread.submit(() -> {
                T result = torchState.call(() -> {
                    try {
                        return work.get();
                    } finally {
                        training.flush();
                        runEndActions.forEach(Runnable::run);
                    }
                });
                guard.check();   // a stop requested by the last thing the script did, such as its output
                return result;
            });
        } catch (RejectedExecutionException e) {
            guard.end();
            throw new IllegalStateException("the session is closed");
        }
        try {
            return awaitResult(future);
        } finally {
            guard.end();
        }
    }

    /**
     * The run's result or error. A host thread interrupted while waiting cancels the run and
     * still waits for it to end, so that the next run never overlaps this one.
     */
    private <T> T awaitResult(Future<T> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    context.requestCancel();
                } catch (ExecutionException e) {
                    throw hostError(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException hostError(Throwable cause) {
        if (cause instanceof RunStopped stop) {
            return new ScriptStopped(stop);
        }
        if (cause instanceof KindlingError k) {
            return k;
        }
        return Exceptions.fromJava(cause);
    }

    /**
     * This session's torch state; Java code that should draw from the session's generator and
     * share its modes runs inside {@link TorchState#call}.
     */
    public TorchState torchState() {
        return torchState;
    }

    /** How far the host trusts this session's code ({@link Kindling.Builder#policy(Policy)}). */
    public Policy policy() {
        return policy;
    }

    /**
     * The path of the file a script would reach by {@code name}, as the session's file policy
     * resolves it (for a host's own file commands, such as the REPL's {@code :load} and
     * {@code :save}, which must obey the same policy as the script).
     *
     * @throws KindlingError PermissionError for a name the policy refuses, ValueError for a NUL
     *     byte, FileNotFoundError for an empty name
     */
    public java.nio.file.Path resolveFile(String name) {
        return files.resolve(name);
    }

    /** The name of this session's numerics policy ({@code "pytorch-cpu-bits"} or {@code "standard"}). */
    public String numerics() {
        return torchState.numerics().optionName();
    }

    /**
     * Sends this session's training numbers (loss values read with item(), {@code kindling.lab}
     * calls) to {@code listener}; null stops them. Without a listener nothing is computed for it.
     */
    public void setTrainingListener(TrainingListener listener) {
        training.setFeed(listener == null ? null : new TrainingFeed() {
            @Override
            public void scalar(String series, double value) {
                listener.scalar(series, value);
            }

            @Override
            public void points(double[] x, double[] y) {
                listener.points(x, y);
            }

            @Override
            public void line(double[] x, double[] y) {
                listener.line(x, y);
            }
        });
    }

    /**
     * Runs {@code action} on the session's thread each time an {@link #exec}, {@link #eval} or REPL
     * entry ends, normally or not (Kindling Lab refreshes its variables then). It should return quickly.
     */
    public void afterEachRun(Runnable action) {
        runEndActions.add(action);
    }

    /**
     * Sends this session's pyplot figures to {@code listener} each time the script draws them
     * ({@code plt.pause}, {@code plt.draw}, {@code plt.show}); null stops them.
     */
    public void setFigureListener(FigureListener listener) {
        figures.setFeed(listener == null ? null : (number, title, xlabel, ylabel, series) -> listener.figure(
                new FigureData(number, title, xlabel, ylabel, series.stream()
                        .map(p -> new FigureData.Series(p.kind(), p.label(), p.color(), p.x(), p.y())).toList())));
    }

    /** Runs {@code action} when this session closes (a Lab server stops with its session). */
    public void onClose(Runnable action) {
        closeActions.add(action);
    }

    /**
     * Stops the running code at its next check, however the script handles errors: its exec
     * throws {@link ScriptStopped} (KeyboardInterrupt, reason CANCELLED). Safe from any thread.
     */
    public void cancel() {
        context.requestCancel();
    }

    /** A variable of {@code __main__}, or null when unbound. */
    public Object get(String name) {
        return context.main().get(name);
    }

    /** Binds a variable of {@code __main__}; Java numbers become Python ints and floats. */
    public void set(String name, Object value) {
        context.main().set(name, Values.toPython(value));
    }

    /** The names bound in {@code __main__}, in definition order. */
    public List<String> names() {
        return context.main().names();
    }

    /** Unbinds every variable of {@code __main__} (the REPL's :reset). */
    public void reset() {
        context.main().clear();
        context.main().set("__name__", "__main__");
    }

    /** The traceback text CPython would print for this error. */
    public static String formatError(KindlingError error) {
        return TracebackFormatter.format(error);
    }

    public PrintStream out() {
        return context.out();
    }

    public PrintStream err() {
        return context.err();
    }

    /** Supplies lines for input(); the REPL connects its terminal here. */
    public void setInput(InputSource input) {
        context.setInput(input::readLine);
    }

    /** A read-only look at this session's values, for help, completion and variables tables. */
    public Introspection introspection() {
        return introspection;
    }

    /** Whether {@code import name} can find a registered built-in module (e.g. {@code torch}). */
    public boolean hasModule(String name) {
        return registry.has(name);
    }

    /**
     * Starts the session's thread and imports {@code modules} on it, for a REPL to call in the
     * background before the first entry: an exec that comes meanwhile waits for the warm-up
     * instead of being refused as busy.
     */
    public void warmUp(String... modules) {
        warmingUp = true;
        try {
            busy.lock();
            try {
                runAlone(() -> {
                    for (String m : modules) {
                        context.importModule(m);
                    }
                    return null;
                });
            } finally {
                busy.unlock();
            }
        } finally {
            warmingUp = false;
        }
    }

    /**
     * Stops the running code, if any (its exec throws {@link ScriptStopped} with reason CLOSED),
     * and ends the session's thread. Later calls to exec, eval or set are an IllegalStateException.
     */
    @Override
    public void close() {
        closed = true;
        guard.request(StopReason.CLOSED);
        for (Runnable action : closeActions) {
            action.run();
        }
        closeActions.clear();
        thread.shutdownNow();
    }
}
