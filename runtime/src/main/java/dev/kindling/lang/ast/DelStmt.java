package dev.kindling.lang.ast;

import java.util.List;

import dev.kindling.lang.eval.Frame;

/** {@code del a, b[i], c.attr}. */
public final class DelStmt extends Stmt {
    private final Target[] targets;

    public DelStmt(int line, int column, List<Target> targets) {
        super(line, column);
        this.targets = targets.toArray(new Target[0]);
    }

    @Override
    public int exec(Frame frame) {
        for (Target t : targets) {
            t.delete(frame);
        }
        return NORMAL;
    }
}
