package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;

/** {@code if/elif/else}; an elif chain is nested IfStmts in {@code orElse}. */
public final class IfStmt extends Stmt {
    private final Expr condition;
    private final Stmt body;
    private final Stmt orElse;

    public IfStmt(int line, int column, Expr condition, Stmt body, Stmt orElse) {
        super(line, column);
        this.condition = condition;
        this.body = body;
        this.orElse = orElse;
    }

    @Override
    public int exec(Frame frame) {
        if (Ops.truthy(condition.eval(frame))) {
            return leave(frame, body.exec(frame), body);
        }
        if (orElse != null) {
            frame.line = orElse.line;
            return leave(frame, orElse.exec(frame), orElse);
        }
        return NORMAL;
    }

    /** Continues the branch a yield suspended, without testing the condition again. */
    @Override
    public int resume(Frame frame) {
        Stmt branch = (Stmt) frame.suspension.restore();
        return leave(frame, branch.resume(frame), branch);
    }

    private static int leave(Frame frame, int completion, Stmt branch) {
        if (completion == YIELD) {
            frame.suspension.save(branch);
        }
        return completion;
    }
}
