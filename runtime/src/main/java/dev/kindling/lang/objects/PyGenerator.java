package dev.kindling.lang.objects;

import java.util.Iterator;
import java.util.NoSuchElementException;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.ast.Stmt;
import dev.kindling.lang.eval.Context;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.eval.Source;
import dev.kindling.lang.eval.Suspension;

/**
 * A generator: the frame of a generator function's call (or of a generator expression) and its
 * body, run a step at a time on the caller's thread. Each step runs the body until a yield
 * suspends it ({@link Suspension} holds where) or it ends; the session's state (grad mode, the
 * torch generator, the step budget, the recursion limit) is the caller's, as in CPython.
 *
 * <p>As a Java {@link Iterator} (what for loops, {@code list()} and {@code sum()} use) it runs one
 * step ahead in {@link #hasNext()}; {@code next()}, {@code send()} and {@code throw()} take that
 * value first, so no value is lost between the two ways of driving it.
 */
public final class PyGenerator implements PyObj, Iterator<Object> {
    /** What a step returns when the body ended; its return value is then in {@link #returned}. */
    private static final Object DONE = new Object();

    private final Frame frame;
    private final Stmt body;
    private final String name;
    private final String qualifiedName;
    private final Source source;
    private boolean started;
    private boolean running;
    private boolean finished;
    private Object lookahead;
    private Object returned = PyNone.NONE;

    public PyGenerator(Frame frame, Stmt body, String name, String qualifiedName) {
        this.frame = frame;
        this.body = body;
        this.name = name;
        this.qualifiedName = qualifiedName;
        this.source = frame.source;
        frame.suspension = new Suspension();
    }

    public String name() {
        return name;
    }

    /** How many statements the suspended yield sits in (0 before the start and after the end), for tools and tests. */
    public int suspendedDepth() {
        return frame.suspension.depth();
    }

    /** {@code next(g)} and {@code g.send(value)}: the next value, or StopIteration carrying the return value. */
    public Object send(Object value) {
        Object v = takeLookahead();
        if (v == null) {
            v = step(value, null);
        }
        if (v == DONE) {
            throw stopIteration();
        }
        return v;
    }

    /** {@code g.throw(error)}: raises the error at the suspended yield; the next value if the body handles it. */
    public Object throwIn(KindlingError error) {
        takeLookahead();
        Object v = step(PyNone.NONE, error);
        if (v == DONE) {
            throw stopIteration();
        }
        return v;
    }

    /** {@code g.close()}: raises GeneratorExit at the suspended yield so that finally clauses run. */
    public void close() {
        takeLookahead();
        if (!started || finished) {
            finished = true;
            return;
        }
        try {
            step(PyNone.NONE, new KindlingError(ErrorType.GENERATOR_EXIT, ""));
        } catch (KindlingError e) {
            if (e.type() == ErrorType.GENERATOR_EXIT || e.type() == ErrorType.STOP_ITERATION) {
                return;
            }
            throw e;
        }
        if (!finished) {
            throw KindlingError.runtimeError("generator ignored GeneratorExit");
        }
    }

    @Override
    public boolean hasNext() {
        if (lookahead == null) {
            lookahead = step(PyNone.NONE, null);
            if (lookahead == DONE) {
                returned = PyNone.NONE; // the loop that asked took the StopIteration and its value
            }
        }
        return lookahead != DONE;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return takeLookahead();
    }

    private Object takeLookahead() {
        Object v = lookahead;
        lookahead = null;
        return v;
    }

    /** Runs the body to its next yield (the value) or to its end ({@link #DONE}). */
    private Object step(Object sent, KindlingError error) {
        if (running) {
            throw KindlingError.valueError("generator already executing");
        }
        if (finished) {
            if (error != null) {
                throw error;
            }
            returned = PyNone.NONE;
            return DONE;
        }
        if (!started) {
            if (error != null) {
                finished = true;
                throw error;
            }
            if (sent != PyNone.NONE) {
                throw KindlingError.typeError("can't send non-None value to a just-started generator");
            }
        }
        frame.suspension.resumeWith(sent, error);
        int completion = run();
        if (completion == Stmt.YIELD) {
            return frame.suspension.takeYielded();
        }
        finished = true;
        returned = completion == Stmt.RETURN ? frame.returnValue : PyNone.NONE;
        frame.returnValue = null;
        return DONE;
    }

    private int run() {
        Context context = frame.context;
        context.enterCall();
        Frame caller = context.swapCurrentFrame(frame);
        running = true;
        try {
            boolean resuming = started;
            started = true;
            return resuming ? body.resume(frame) : body.exec(frame);
        } catch (StackOverflowError e) {
            throw failed(new KindlingError(ErrorType.RECURSION_ERROR, "maximum recursion depth exceeded"));
        } catch (RuntimeException e) {
            throw failed(Exceptions.fromJava(e));
        } finally {
            running = false;
            context.swapCurrentFrame(caller);
            context.exitCall();
        }
    }

    /** An error leaving the body ends the generator; a StopIteration becomes RuntimeError (PEP 479). */
    private KindlingError failed(KindlingError e) {
        finished = true;
        KindlingError out = e.type() == ErrorType.STOP_ITERATION
                ? KindlingError.runtimeError("generator raised StopIteration") : e;
        if (source != null) {
            out.addTraceback(new KindlingError.TracebackEntry(source.name(), frame.line, name, source.line(frame.line)));
        }
        return out;
    }

    /** StopIteration carrying the body's return value ({@code e.value}, what {@code yield from} gives). */
    private KindlingError stopIteration() {
        Object value = returned;
        returned = PyNone.NONE;
        PyTuple args = value == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(value);
        PyInstance instance = Exceptions.create(ErrorType.STOP_ITERATION, args);
        KindlingError error = new KindlingError(ErrorType.STOP_ITERATION, Exceptions.message(instance));
        error.setPythonValue(instance);
        return error;
    }

    @Override
    public PyClass type() {
        return BuiltinTypes.GENERATOR;
    }

    @Override
    public String toString() {
        return "<generator object " + qualifiedName + " at " + Repr.address(this) + ">";
    }
}
