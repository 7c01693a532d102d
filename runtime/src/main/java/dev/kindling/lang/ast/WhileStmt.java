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

    @Override
    public int exec(Frame frame) {
        while (true) {
            frame.context.tick();
            frame.line = line;
            if (!Ops.truthy(condition.eval(frame))) {
                break;
            }
            int c = body.exec(frame);
            if (c == BREAK) {
                return NORMAL;
            }
            if (c == RETURN) {
                return RETURN;
            }
        }
        return orElse == null ? NORMAL : orElse.exec(frame);
    }
}
