package dev.kindling.lang.ast;

import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Exceptions;

/** {@code try/except/else/finally}. */
public final class TryStmt extends Stmt {
    /** One {@code except [type [as name]]:} clause; a null type catches everything. */
    public record Handler(Expr type, Target name, Stmt body) {}

    private final Stmt body;
    private final Handler[] handlers;
    private final Stmt orElse;
    private final Stmt finalBody;

    public TryStmt(int line, int column, Stmt body, List<Handler> handlers, Stmt orElse, Stmt finalBody) {
        super(line, column);
        this.body = body;
        this.handlers = handlers.toArray(new Handler[0]);
        this.orElse = orElse;
        this.finalBody = finalBody;
    }

    @Override
    public int exec(Frame frame) {
        int completion;
        try {
            completion = runBodyAndHandlers(frame);
        } catch (RuntimeException | StackOverflowError e) {
            if (finalBody != null) {
                int f = finalBody.exec(frame);
                if (f != NORMAL) {
                    return f; // return/break in finally discards the exception, as in Python
                }
            }
            throw e;
        }
        if (finalBody != null) {
            int f = finalBody.exec(frame);
            if (f != NORMAL) {
                return f;
            }
        }
        return completion;
    }

    private int runBodyAndHandlers(Frame frame) {
        int completion;
        try {
            completion = body.exec(frame);
        } catch (RuntimeException | StackOverflowError raw) {
            if (handlers.length == 0) {
                throw raw;
            }
            KindlingError error = Exceptions.fromJava(raw);
            for (Handler h : handlers) {
                if (h.type() == null || Exceptions.matches(error, h.type().eval(frame))) {
                    return runHandler(frame, h, error);
                }
            }
            throw error;
        }
        if (completion == NORMAL && orElse != null) {
            return orElse.exec(frame);
        }
        return completion;
    }

    private int runHandler(Frame frame, Handler h, KindlingError error) {
        Object previous = frame.context.handling();
        frame.context.setHandling(error);
        try {
            if (h.name() != null) {
                h.name().assign(frame, Exceptions.instance(error));
            }
            return h.body().exec(frame);
        } finally {
            frame.context.setHandling(previous);
        }
    }
}
