package dev.kindling.lang.ast;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Exceptions;

/** {@code raise X}, {@code raise X from Y}, or a bare {@code raise} re-raising the handled error. */
public final class RaiseStmt extends Stmt {
    private final Expr exception;

    public RaiseStmt(int line, int column, Expr exception) {
        super(line, column);
        this.exception = exception;
    }

    @Override
    public int exec(Frame frame) {
        if (exception == null) {
            Object current = frame.context.handling();
            if (current instanceof KindlingError e) {
                throw e;
            }
            throw KindlingError.runtimeError("No active exception to reraise");
        }
        KindlingError error = Exceptions.toError(exception.eval(frame));
        error.clearTraceback();
        throw error;
    }
}
