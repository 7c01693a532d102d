package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;

/** {@code while condition: body else: orElse}; checks for cancellation every iteration. */
public final class WhileStmt extends Stmt {
    private final Expr condition;
    private final Stmt body;
    private final Stmt orElse;

    public WhileStmt(int line, int column, Expr condition, Stmt body, Stmt orElse) {
        super(line, column);
        this.condition = condition;
        this.body = body;
        this.orElse = orElse;
    }

    /** What a while loop suspended by a yield saves: where the yield is. */
    private static final Object IN_BODY = new Object();
    private static final Object IN_ELSE = new Object();

    @Override
    public int exec(Frame frame) {
        return loop(frame, NORMAL);
    }

    @Override
    public int resume(Frame frame) {
        if (frame.suspension.restore() == IN_ELSE) {
            return leaving(frame, orElse.resume(frame), IN_ELSE);
        }
        return loop(frame, body.resume(frame));
    }

    /** Runs the loop from an iteration whose body ended with {@code completion}. */
    private int loop(Frame frame, int completion) {
        int c = completion;
        while (true) {
            if (c == BREAK) {
                return NORMAL;
            }
            if (c == RETURN) {
                return RETURN;
            }
            if (c == YIELD) {
                frame.suspension.save(IN_BODY);
                return YIELD;
            }
            frame.context.tick();
            frame.line = line;
            if (!Ops.truthy(condition.eval(frame))) {
                break;
            }
            c = body.exec(frame);
        }
        return orElse == null ? NORMAL : leaving(frame, orElse.exec(frame), IN_ELSE);
    }
}
