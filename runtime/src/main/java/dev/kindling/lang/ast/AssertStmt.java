package dev.kindling.lang.ast;

import dev.kindling.errors.ErrorType;
import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;
import dev.kindling.lang.objects.PyTuple;
import dev.kindling.lang.objects.Repr;

/** {@code assert condition, message}. */
public final class AssertStmt extends Stmt {
    private final Expr condition;
    private final Expr message;

    public AssertStmt(int line, int column, Expr condition, Expr message) {
        super(line, column);
        this.condition = condition;
        this.message = message;
    }

    @Override
    public int exec(Frame frame) {
        if (!Ops.truthy(condition.eval(frame))) {
            if (message == null) {
                KindlingError e = new KindlingError(ErrorType.ASSERTION_ERROR, "");
                e.setPythonValue(dev.kindling.lang.objects.Exceptions.create(ErrorType.ASSERTION_ERROR, PyTuple.EMPTY));
                throw e;
            }
            Object m = message.eval(frame);
            KindlingError e = new KindlingError(ErrorType.ASSERTION_ERROR, Repr.str(m));
            e.setPythonValue(dev.kindling.lang.objects.Exceptions.create(ErrorType.ASSERTION_ERROR, PyTuple.of(m)));
            throw e;
        }
        return NORMAL;
    }
}
