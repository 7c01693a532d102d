package dev.kindling.lang.ast;

import dev.kindling.lang.eval.Frame;
import dev.kindling.lang.objects.Ops;

/** {@code object.name}, readable and assignable. */
public final class AttributeExpr extends Expr implements Target {
    public final Expr object;
    public final String name;

    public AttributeExpr(int line, int column, Expr object, String name) {
        super(line, column);
        this.object = object;
        this.name = name;
    }

    @Override
    public Object eval(Frame frame) {
        return Ops.getAttr(object.eval(frame), name);
    }

    @Override
    public void assign(Frame frame, Object value) {
        Ops.setAttr(object.eval(frame), name, value);
    }

    @Override
    public void delete(Frame frame) {
        Ops.delAttr(object.eval(frame), name);
    }
}
