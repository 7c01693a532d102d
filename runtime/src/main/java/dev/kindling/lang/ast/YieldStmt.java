package dev.kindling.lang.ast;

import java.util.List;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.PyNone;

/**
 * {@code yield value}, or {@code target = yield value}: suspends the generator, handing the value
 * to its caller; resumed, it assigns what the caller sent (None for {@code next()}), or raises
 * what the caller threw in.
 */
public final class YieldStmt extends Stmt {
    private final Expr value;
    private final Target[] targets;

    public YieldStmt(int line, int column, Expr value, List<Target> targets) {
        super(line, column);
        this.value = value;
        this.targets = targets.toArray(new Target[0]);
    }

    @Override
    public int exec(Frame frame) {
        frame.suspension.setYielded(value == null ? PyNone.NONE : value.eval(frame));
        return YIELD;
    }

    @Override
    public int resume(Frame frame) {
        Object sent = frame.suspension.takeSent();
        for (Target t : targets) {
            t.assign(frame, sent);
        }
        return NORMAL;
    }
}
