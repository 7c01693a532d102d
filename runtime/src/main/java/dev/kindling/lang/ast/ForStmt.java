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

    @Override
    public int exec(Frame frame) {
        Iterator<Object> it = Ops.iterate(iterable.eval(frame));
        while (it.hasNext()) {
            frame.context.tick();
            Object item = it.next();
            frame.line = line;
            target.assign(frame, item);
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
