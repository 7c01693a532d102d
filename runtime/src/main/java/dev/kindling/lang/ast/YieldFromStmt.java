package dev.kindling.lang.ast;

import java.util.Iterator;
import java.util.List;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Exceptions;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyGenerator;
import dev.kindling.lang.objects.PyNone;

/**
 * {@code yield from iterable}, or {@code target = yield from iterable}: yields each value of the
 * iterable in turn. A generator it delegates to also receives what the caller sends or throws
 * in, and its return value becomes the value assigned; any other iterable gives None.
 */
public final class YieldFromStmt extends Stmt {
    private final Expr iterable;
    private final Target[] targets;

    public YieldFromStmt(int line, int column, Expr iterable, List<Target> targets) {
        super(line, column);
        this.iterable = iterable;
        this.targets = targets.toArray(new Target[0]);
    }

    @Override
    public int exec(Frame frame) {
        return advance(frame, Ops.iterate(iterable.eval(frame)), PyNone.NONE, null);
    }

    @Override
    public int resume(Frame frame) {
        @SuppressWarnings("unchecked")
        Iterator<Object> delegate = (Iterator<Object>) frame.suspension.restore();
        try {
            return advance(frame, delegate, frame.suspension.takeSent(), null);
        } catch (KindlingError thrown) {
            return advance(frame, delegate, PyNone.NONE, thrown);
        }
    }

    private int advance(Frame frame, Iterator<Object> delegate, Object sent, KindlingError thrown) {
        Object value;
        if (delegate instanceof PyGenerator g) {
            try {
                value = stepGenerator(g, sent, thrown);
            } catch (KindlingError e) {
                if (e.type() != ErrorType.STOP_ITERATION) {
                    throw e;
                }
                return finish(frame, Exceptions.stopValue(e));
            }
        } else {
            if (thrown != null) {
                throw thrown;
            }
            if (!delegate.hasNext()) {
                return finish(frame, PyNone.NONE);
            }
            value = delegate.next();
        }
        frame.suspension.setYielded(value);
        frame.suspension.save(delegate);
        return YIELD;
    }

    /** GeneratorExit closes the delegate and goes on out; other errors are thrown into it. */
    private static Object stepGenerator(PyGenerator g, Object sent, KindlingError thrown) {
        if (thrown == null) {
            return g.send(sent);
        }
        if (thrown.type() == ErrorType.GENERATOR_EXIT) {
            g.close();
            throw thrown;
        }
        return g.throwIn(thrown);
    }

    private int finish(Frame frame, Object result) {
        for (Target t : targets) {
            t.assign(frame, result);
        }
        return NORMAL;
    }
}
