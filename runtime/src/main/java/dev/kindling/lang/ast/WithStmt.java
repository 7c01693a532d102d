package dev.kindling.lang.ast;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Exceptions;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyNone;

/** {@code with manager as target: body}, calling {@code __enter__} and {@code __exit__}. */
public final class WithStmt extends Stmt {
    private final Expr manager;
    private final Target target;
    private final Stmt body;

    public WithStmt(int line, int column, Expr manager, Target target, Stmt body) {
        super(line, column);
        this.manager = manager;
        this.target = target;
        this.body = body;
    }

    @Override
    public int exec(Frame frame) {
        Object m = manager.eval(frame);
        Object exit = Ops.getAttr(m, "__exit__");
        Object entered = Ops.call(Ops.getAttr(m, "__enter__"), new Object[0], null);
        if (target != null) {
            target.assign(frame, entered);
        }
        return run(frame, exit, false);
    }

    /** Continues the body a yield suspended; the manager stays entered meanwhile, as in Python. */
    @Override
    public int resume(Frame frame) {
        return run(frame, frame.suspension.restore(), true);
    }

    private int run(Frame frame, Object exit, boolean resuming) {
        int completion;
        try {
            completion = resuming ? body.resume(frame) : body.exec(frame);
        } catch (RuntimeException | StackOverflowError raw) {
            KindlingError error = Exceptions.fromJava(raw);
            Object value = Exceptions.instance(error);
            Object suppress = Ops.call(exit, new Object[] {Ops.typeOf(value), value, PyNone.NONE}, null);
            if (Ops.truthy(suppress)) {
                return NORMAL;
            }
            throw error;
        }
        if (completion == YIELD) {
            frame.suspension.save(exit);
            return YIELD;
        }
        Ops.call(exit, new Object[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}, null);
        return completion;
    }
}
