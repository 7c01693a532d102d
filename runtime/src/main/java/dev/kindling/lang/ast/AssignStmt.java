package dev.kindling.lang.ast;

import java.util.List;

import dev.kindling.lang.eval.Frame;

/** {@code a = b = value}: the value is evaluated once and assigned left to right. */
public final class AssignStmt extends Stmt {
    private final Target[] targets;
    private final Expr value;

    public AssignStmt(int line, int column, List<Target> targets, Expr value) {
        super(line, column);
        this.targets = targets.toArray(new Target[0]);
        this.value = value;
    }

    @Override
    public int exec(Frame frame) {
        Object v = value.eval(frame);
        for (Target t : targets) {
            t.assign(frame, v);
        }
        return NORMAL;
    }
}
