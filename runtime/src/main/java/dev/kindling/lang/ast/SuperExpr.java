package dev.kindling.lang.ast;

import dev.kindling.errors.KindlingError;
import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.PyFunction;
import dev.kindling.lang.objects.PySuper;

/** Zero-argument {@code super()} inside a method: the method's class and its first argument. */
public final class SuperExpr extends Expr {
    public SuperExpr(int line, int column) {
        super(line, column);
    }

    @Override
    public Object eval(Frame frame) {
        if (!(frame.function instanceof PyFunction f) || f.ownerClass() == null || frame.locals.length == 0
                || frame.locals[0] == null) {
            throw KindlingError.runtimeError("super(): no arguments");
        }
        return new PySuper(f.ownerClass(), frame.locals[0]);
    }
}
