package dev.kindling.lang.ast;

import java.util.List;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Exceptions;

/**
 * {@code try/except/else/finally}. In a generator a yield may suspend any of its parts; it then
 * saves a {@link Suspended} saying which, so that resuming re-enters the same Java try blocks and
 * errors raised after the yield are handled and finalized as they would have been before it.
 */
public final class TryStmt extends Stmt {
    /** One {@code except [type [as name]]:} clause; a null type catches everything. */
    public record Handler(Expr type, Target name, Stmt body) {}

    private enum Part { BODY, HANDLER, ELSE, FINALLY }

    /**
     * Where a yield suspended this statement. In a handler: which one and the error it handles; in
     * the finally clause: the completion or the error that will continue once it is done.
     */
    private record Suspended(Part part, int handler, KindlingError error, int completion, RuntimeException pending) {}

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
        return run(frame, null);
    }

    @Override
    public int resume(Frame frame) {
        Suspended s = (Suspended) frame.suspension.restore();
        return s.part() == Part.FINALLY ? resumeFinally(frame, s) : run(frame, s);
    }

    private int run(Frame frame, Suspended resumed) {
        int completion;
        try {
            completion = runBodyAndHandlers(frame, resumed);
        } catch (RuntimeException | StackOverflowError e) {
            RuntimeException pending = e instanceof RuntimeException r ? r : Exceptions.fromJava(e);
            if (finalBody != null) {
                int f = finalBody.exec(frame);
                if (f == YIELD) {
                    frame.suspension.save(new Suspended(Part.FINALLY, -1, null, NORMAL, pending));
                }
                if (f != NORMAL) {
                    return f; // return/break in finally discards the exception, as in Python
                }
            }
            throw pending;
        }
        if (completion == YIELD || finalBody == null) {
            return completion;
        }
        return afterFinally(frame, finalBody.exec(frame), completion);
    }

    private int resumeFinally(Frame frame, Suspended s) {
        int f = finalBody.resume(frame);
        if (f == YIELD) {
            frame.suspension.save(s);
            return YIELD;
        }
        if (f == NORMAL && s.pending() != null) {
            throw s.pending();
        }
        return f == NORMAL ? s.completion() : f;
    }

    private int afterFinally(Frame frame, int f, int completion) {
        if (f == YIELD) {
            frame.suspension.save(new Suspended(Part.FINALLY, -1, null, completion, null));
        }
        return f != NORMAL ? f : completion;
    }

    private int runBodyAndHandlers(Frame frame, Suspended resumed) {
        Part part = resumed == null ? Part.BODY : resumed.part();
        if (part == Part.HANDLER) {
            return runHandler(frame, resumed.handler(), resumed.error(), true);
        }
        if (part == Part.ELSE) {
            return leave(frame, orElse.resume(frame), Part.ELSE);
        }
        int completion;
        try {
            completion = resumed == null ? body.exec(frame) : body.resume(frame);
        } catch (RuntimeException | StackOverflowError raw) {
            if (handlers.length == 0) {
                throw raw;
            }
            KindlingError error = Exceptions.fromJava(raw);
            for (int i = 0; i < handlers.length; i++) {
                Handler h = handlers[i];
                if (h.type() == null || Exceptions.matches(error, h.type().eval(frame))) {
                    return runHandler(frame, i, error, false);
                }
            }
            throw error;
        }
        if (completion == YIELD) {
            return leave(frame, YIELD, Part.BODY);
        }
        if (completion == NORMAL && orElse != null) {
            return leave(frame, orElse.exec(frame), Part.ELSE);
        }
        return completion;
    }

    private static int leave(Frame frame, int completion, Part part) {
        if (completion == YIELD) {
            frame.suspension.save(new Suspended(part, -1, null, NORMAL, null));
        }
        return completion;
    }

    private int runHandler(Frame frame, int index, KindlingError error, boolean resuming) {
        Handler h = handlers[index];
        Object previous = frame.context.handling();
        frame.context.setHandling(error);
        try {
            if (!resuming && h.name() != null) {
                h.name().assign(frame, Exceptions.instance(error));
            }
            int c = resuming ? h.body().resume(frame) : h.body().exec(frame);
            if (c == YIELD) {
                frame.suspension.save(new Suspended(Part.HANDLER, index, error, NORMAL, null));
            }
            return c;
        } finally {
            frame.context.setHandling(previous);
        }
    }
}
