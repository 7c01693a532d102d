package dev.kindling.lang.ast;

import java.util.Iterator;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;

/** {@code for target in iterable: body else: orElse}; checks for cancellation every iteration. */
public final class ForStmt extends Stmt {
    private final Target target;
    private final Expr iterable;
    private final Stmt body;
    private final Stmt orElse;

    public ForStmt(int line, int column, Target target, Expr iterable, Stmt body, Stmt orElse) {
        super(line, column);
        this.target = target;
        this.iterable = iterable;
        this.body = body;
        this.orElse = orElse;
    }

    /** What a for loop suspended in its else clause saves (in its body it saves its iterator). */
    private static final Object IN_ELSE = new Object();

    @Override
    public int exec(Frame frame) {
        return loop(frame, Ops.iterate(iterable.eval(frame)), NORMAL);
    }

    @Override
    public int resume(Frame frame) {
        Object state = frame.suspension.restore();
        if (state == IN_ELSE) {
            return leaving(frame, orElse.resume(frame), IN_ELSE);
        }
        @SuppressWarnings("unchecked")
        Iterator<Object> it = (Iterator<Object>) state;
        return loop(frame, it, body.resume(frame));
    }

    /** Runs the loop from an iteration whose body ended with {@code completion}. */
    private int loop(Frame frame, Iterator<Object> it, int completion) {
        int c = completion;
        while (true) {
            if (c == BREAK) {
                return NORMAL;
            }
            if (c == RETURN) {
                return RETURN;
            }
            if (c == YIELD) {
                frame.suspension.save(it);
                return YIELD;
            }
            frame.line = line; // a generator or __next__ failing here points at the for line
            if (!it.hasNext()) {
                break;
            }
            frame.context.tick();
            Object item = it.next();
            target.assign(frame, item);
            c = body.exec(frame);
        }
        return orElse == null ? NORMAL : leaving(frame, orElse.exec(frame), IN_ELSE);
    }
}
